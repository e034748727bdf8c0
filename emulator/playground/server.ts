// The playground's server (node:http, no framework): serves the page, and relays what the person does —
// menu clicks, typed cells, google.script.run calls, answers to alerts — to the add-on's worker thread.
// The page learns about changes and questions over one Server-Sent Events stream.
import { build } from 'esbuild';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import * as z from 'zod/mini';
import { BUTTONS } from '../enums';
import { openBook } from './bookFile';
import type { DemoKind } from './demoWorkbook';
import { ROW_ACTIONS, type Answer, type Job, type JobResult, type Question, type WorkbookView } from './protocol';
import type { FromWorker, SavedBook, WorkerInput } from './workerMessages';
import { writeXlsx } from './xlsx';

export interface PlaygroundOptions {
  /** The built add-on (dist/Code.js) and its HTML files (Sidebar). */
  code: string;
  htmlFiles: Record<string, string>;
  /** A .xlsx to open, or the demo's .json file (created when missing). */
  workbookPath: string;
  port: number;
  /** Pins the script's clock and the demo's today (tests). */
  now?: Date;
  /** The demo a missing .json file starts from: the company alone (default) or with its teams' files. */
  demo?: DemoKind;
}

export interface Playground {
  url: string;
  close(): Promise<void>;
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** The page: one HTML response with its script and style inlined. */
async function pageHtml(): Promise<string> {
  const bundle = (entry: string) =>
    build({
      entryPoints: [here(entry)],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
  const [script, style] = await Promise.all([bundle('./page/main.ts'), bundle('./page/page.css')]);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>KPI & OKR playground</title>
<style>${style}</style></head><body><script>${script}</script></body></html>`;
}

/** The add-on's thread. tsx compiles its TypeScript there as it does here. */
function startWorker(input: WorkerInput): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./session.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: input, transferList: [input.answers] });
}

const menuRequest = z.object({ functionName: z.string() });
const selectRequest = z.object({ sheet: z.string(), a1: z.string() });
const editRequest = z.object({ sheet: z.string(), a1: z.string(), typed: z.string() });
const runRequest = z.object({ name: z.string(), args: z.array(z.unknown()) });
const answerRequest = z.object({ button: z.enum(BUTTONS), text: z.string() });
const rowsRequest = z.object({
  sheet: z.string(),
  row: z.number().check(z.int(), z.positive()),
  count: z.number().check(z.int(), z.positive()),
  action: z.enum(ROW_ACTIONS),
});
const sortRequest = z.object({
  sheet: z.string(),
  a1: z.string(),
  column: z.number().check(z.int(), z.positive()),
  ascending: z.boolean(),
});
const pasteRequest = z.object({ sheet: z.string(), a1: z.string(), text: z.string() });

/** The request's JSON body, checked: a malformed one is a 400 naming what is wrong. */
async function readBody<T>(request: IncomingMessage, schema: z.ZodMiniType<T>): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const parsed = schema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

function reply(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const opened = await openBook(options.workbookPath, options.now ?? new Date(), options.demo);
  const [page, channel] = [await pageHtml(), new MessageChannel()];
  const signal = new SharedArrayBuffer(4);
  const worker = startWorker({
    code: options.code,
    htmlFiles: options.htmlFiles,
    book: opened.book,
    now: options.now ?? null,
    user: 'you@example.com',
    signal,
    answers: channel.port2,
  });

  let view: WorkbookView | null = null;
  let latest: SavedBook = opened.book;
  let question: Question | null = null;
  let saving = Promise.resolve();
  let nextId = 1;
  const waiting = new Map<number, (result: JobResult) => void>();
  const streams = new Set<ServerResponse>();
  const broadcast = (event: string, data: unknown): void => {
    for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        view = message.view;
        resolve();
      } else if (message.type === 'ask') {
        question = message.question;
        broadcast('ask', question);
      } else {
        view = message.view;
        latest = message.saved;
        if (opened.save !== undefined) {
          const save = opened.save;
          saving = saving
            .then(() => save(message.saved))
            .catch((error: unknown) => console.error(`Could not save ${options.workbookPath}: ${String(error)}`));
        }
        waiting.get(message.id)?.(message.result);
        waiting.delete(message.id);
        // Moving the cursor changes nothing on the page that sent it.
        if (message.job.op !== 'select') broadcast('changed', {});
      }
    });
  });
  await ready;

  const perform = (job: Job): Promise<JobResult> =>
    new Promise((resolve) => {
      const id = nextId;
      nextId += 1;
      waiting.set(id, resolve);
      worker.postMessage({ id, job });
    });

  const answer = (given: Answer): void => {
    question = null;
    channel.port1.postMessage(given);
    const flag = new Int32Array(signal);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>> = {
    'GET /': (_request, response) => reply(response, 200, page, 'text/html; charset=utf-8'),
    'GET /state': (_request, response) => reply(response, 200, JSON.stringify({ view, question })),
    'GET /events': (request, response) => {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
    },
    'POST /menu': async (request, response) => {
      const { functionName } = await readBody(request, menuRequest);
      reply(response, 200, JSON.stringify(await perform({ op: 'menu', functionName })));
    },
    'POST /edit': async (request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'edit', ...(await readBody(request, editRequest)) })));
    },
    'POST /select': async (request, response) => {
      reply(
        response,
        200,
        JSON.stringify(await perform({ op: 'select', ...(await readBody(request, selectRequest)) })),
      );
    },
    'POST /rows': async (request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'rows', ...(await readBody(request, rowsRequest)) })));
    },
    'POST /sort': async (request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'sort', ...(await readBody(request, sortRequest)) })));
    },
    'POST /paste': async (request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'paste', ...(await readBody(request, pasteRequest)) })));
    },
    'POST /allow': async (request, response) => {
      reply(
        response,
        200,
        JSON.stringify(await perform({ op: 'allowAccess', ...(await readBody(request, selectRequest)) })),
      );
    },
    'POST /undo': async (_request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'undo' })));
    },
    'POST /run': async (request, response) => {
      const { name, args } = await readBody(request, runRequest);
      const result = await perform({ op: 'client', functionName: name, args });
      reply(response, 200, result.reply ?? JSON.stringify({ ok: false, message: result.message }));
    },
    'POST /triggers': async (_request, response) => {
      reply(response, 200, JSON.stringify(await perform({ op: 'fireTriggers' })));
    },
    'POST /answer': async (request, response) => {
      const given = await readBody(request, answerRequest);
      if (question === null) {
        reply(response, 409, JSON.stringify({ ok: false, message: 'Nothing is being asked.' }));
        return;
      }
      answer(given);
      reply(response, 200, JSON.stringify({ ok: true }));
    },
    'GET /download': async (_request, response) => {
      const file = `${latest.workbook.name.replace(/[^\w .&-]+/g, '_')}.xlsx`;
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${file}"`,
      });
      response.end(await writeXlsx(latest.workbook));
    },
  };

  const server = createServer((request, response) => {
    const route = routes[`${request.method} ${(request.url ?? '/').split('?')[0]}`];
    if (route === undefined) {
      reply(response, 404, JSON.stringify({ ok: false, message: 'Not found' }));
      return;
    }
    // A route that throws, at once or later, answers 400 with the message.
    const handle = async (): Promise<void> => {
      await route(request, response);
    };
    handle().catch((error: unknown) =>
      reply(
        response,
        400,
        JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      ),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', resolve);
    });
  } catch (error) {
    await worker.terminate();
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new Error(busy ? `Port ${options.port} is in use: choose another with --port or PORT.` : String(error));
  }
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://localhost:${port}/`,
    close: async () => {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await worker.terminate();
      await saving;
    },
  };
}
