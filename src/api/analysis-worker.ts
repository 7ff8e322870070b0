import { parentPort } from 'node:worker_threads';
import { IngestError } from '../ingest/errors.js';
import { buildArticle } from '../service/ingest.js';
import type { AnalysisReply, AnalysisRequest } from './analysis.js';

/**
 * A thread of the analysis pool (analysis.ts): cleans and analyses the documents it is sent
 * with the same pure function the CLI uses (buildArticle), one at a time, and sends back the
 * article or why the document holds none.
 */
parentPort!.on('message', (req: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: req.id, article: buildArticle(req.doc) };
  } catch (err) {
    if (err instanceof IngestError) reply = { id: req.id, ingestError: { source: err.source, reason: err.reason } };
    else reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
