/**
 * A lint worker thread: takes documents one at a time from the pool and
 * answers with their plain results. Glossaries load once per worker, on first use.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {Glossaries, loadGlossaryReader} from './glossaries.js'
import {lintDocument} from './lint-document.js'
import {loadMdxFor} from './mdx.js'
import type {JobMessage, ResultMessage, WorkerSetup} from './workers.js'

const setup = workerData as WorkerSetup
const glossaries = new Glossaries()

parentPort!.on('message', async (job: JobMessage) => {
  await loadMdxFor([job.name])
  const settings = setup.settings[job.settings]!
  await loadGlossaryReader(settings.glossary !== undefined)
  const result = lintDocument(job.bytes, job.name, settings, glossaries.get(settings.glossary), setup.fix)
  parentPort!.postMessage({index: job.index, result} satisfies ResultMessage)
})
