// What a fact's evidence implies, kept on the fact so that reads, filters and the
// review queue need no computation: its confidence and, for a post, its tenure.
// Every write that changes a fact's evidence (ingest, retraction, corrections) ends
// with `SET ${refreshDerived('r')}`, so these never disagree with the evidence. Its
// variables start with `_`: a subquery may not redeclare a variable of the query around it.
import { UNKNOWN_CONFIDENCE } from '../../model/facts.js';

/**
 * Confidence: 1 − Π over the articles stating the fact of (1 − the best reading in
 * that article). Readings of one article share its wording, so a misreading repeats
 * within it: only its best counts. Articles are written apart, so their agreement
 * adds up as independent evidence (a reprint under another url counts twice: the
 * price of not comparing texts). A confirmed fact is certain.
 */
const confidence = (r: string) =>
  `CASE WHEN coalesce(${r}.confirmed, false) THEN 1.0 ELSE round(1 - reduce(_p = 1.0, _c IN COLLECT {
       UNWIND ${r}.evidence AS _entry
       WITH split(_entry, ':') AS _part
       WITH _part[0] AS _article, max(coalesce(toFloat(_part[4]), ${UNKNOWN_CONFIDENCE})) AS _best
       RETURN _best
     } | _p * (1 - _c)), 3) END`;

/**
 * Tenure of a post: what the newest article saying it (publishedAt; undated ones count
 * as oldest) says; on a tie, former (a post said to be left stays left). An analyst's
 * setting (`tenureSet`) wins. Null when no article says.
 */
const tenure = (r: string) =>
  `CASE WHEN type(${r}) <> 'MEMBER_OF' THEN null ELSE coalesce(${r}.tenureSet, COLLECT {
       UNWIND ${r}.evidence AS _entry
       WITH split(_entry, ':') AS _part
       WITH _part WHERE _part[5] IN ['current', 'former']
       OPTIONAL MATCH (_article:Article {id: _part[0]})
       RETURN _part[5] AS _said ORDER BY coalesce(_article.publishedAt, '') DESC, _said DESC LIMIT 1
     }[0]) END`;

/** The SET items that bring relationship `r`'s confidence and tenure in line with its evidence. */
export const refreshDerived = (r: string): string => `${r}.confidence = ${confidence(r)}, ${r}.tenure = ${tenure(r)}`;
