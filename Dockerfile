# The API as `npm start` runs it (compiled JavaScript in dist/), for users with Docker,
# against a Neo4j server named by NEO4J_URI (docker-compose.yml). Untested here: no
# Docker engine runs on the development machines.
FROM node:20-slim AS build
WORKDIR /app
COPY . .
# `prepare` generates the resolver types and builds dist/; without Java it skips the
# embedded-Neo4j launcher, which a server named by NEO4J_URI makes unnecessary.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/seed ./seed
EXPOSE 4000
CMD ["node", "--max-semi-space-size=64", "dist/main.js"]
