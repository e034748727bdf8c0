// HtmlService: outputs from strings or from the project's HTML files (the built Sidebar.html). Templates
// are evaluated only when they contain no scriptlets; the add-on inlines its UI at build time instead.
import type { Shape } from './apiShape';
import type { Enums } from './enums';
import type { Env } from './env';
import { exception, notEmulated } from './errors';
import { emulate } from './proxy';
import { scriptText } from './scriptText';

type HtmlServiceApi = Shape<
  Pick<
    GoogleAppsScript.HTML.HtmlService,
    'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
  >
>;
type HtmlOutputApi = Shape<
  Pick<
    GoogleAppsScript.HTML.HtmlOutput,
    | 'setTitle'
    | 'getTitle'
    | 'setWidth'
    | 'getWidth'
    | 'setHeight'
    | 'getHeight'
    | 'getContent'
    | 'setContent'
    | 'append'
    | 'setSandboxMode'
    | 'setXFrameOptionsMode'
    | 'addMetaTag'
  >
>;
type HtmlTemplateApi = Shape<Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'>>;

export function makeHtmlService(env: Env): GoogleAppsScript.HTML.HtmlService {
  return emulate('HtmlService', new HtmlServiceImpl(env), env) as unknown as GoogleAppsScript.HTML.HtmlService;
}

function makeHtmlOutput(env: Env, content: string): GoogleAppsScript.HTML.HtmlOutput {
  return emulate('HtmlOutput', new HtmlOutputImpl(content), env) as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

export class HtmlOutputImpl implements HtmlOutputApi {
  #content: string;
  #title = '';
  #width: number | undefined;
  #height: number | undefined;

  constructor(content: string) {
    this.#content = content;
  }

  get content(): string {
    return this.#content;
  }

  get title(): string {
    return this.#title;
  }

  get width(): number | undefined {
    return this.#width;
  }

  get height(): number | undefined {
    return this.#height;
  }

  setTitle(title: unknown): this {
    this.#title = String(title);
    return this;
  }

  getTitle(): string {
    return this.#title;
  }

  /** null restores the default size. */
  setWidth(width: number | null): this {
    this.#width = width === null ? undefined : width;
    return this;
  }

  getWidth(): number {
    return this.#width ?? 0;
  }

  setHeight(height: number | null): this {
    this.#height = height === null ? undefined : height;
    return this;
  }

  getHeight(): number {
    return this.#height ?? 0;
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: unknown): this {
    this.#content = String(content);
    return this;
  }

  append(addedContent: unknown): this {
    this.#content += String(addedContent);
    return this;
  }

  /** Only IFRAME exists any more; the call has no effect (contract §8). */
  setSandboxMode(): this {
    return this;
  }

  setXFrameOptionsMode(): this {
    return this;
  }

  addMetaTag(): this {
    return this;
  }
}

class HtmlTemplateImpl implements HtmlTemplateApi {
  readonly #env: Env;
  readonly #source: string;

  constructor(env: Env, source: string) {
    this.#env = env;
    this.#source = source;
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    if (this.#source.includes('<?')) throw notEmulated(this.#env.realm, 'HtmlTemplate.evaluate with scriptlets');
    return makeHtmlOutput(this.#env, this.#source);
  }

  getRawContent(): string {
    return this.#source;
  }
}

class HtmlServiceImpl implements HtmlServiceApi {
  readonly #env: Env;
  readonly SandboxMode: Enums['SandboxMode'];
  readonly XFrameOptionsMode: Enums['XFrameOptionsMode'];

  constructor(env: Env) {
    this.#env = env;
    this.SandboxMode = env.enums.SandboxMode;
    this.XFrameOptionsMode = env.enums.XFrameOptionsMode;
  }

  /** Project files are named without '.html' and matched case-sensitively. */
  #file(filename: unknown): string {
    const name = String(filename);
    const content = this.#env.htmlFiles[name] ?? this.#env.htmlFiles[`${name}.html`];
    if (content === undefined) throw exception(this.#env.realm, `No HTML file named ${name} was found.`);
    return content;
  }

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    return makeHtmlOutput(this.#env, html === undefined ? '' : scriptText(html));
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return makeHtmlOutput(this.#env, this.#file(filename));
  }

  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    return emulate(
      'HtmlTemplate',
      new HtmlTemplateImpl(this.#env, String(html)),
      this.#env,
    ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return emulate(
      'HtmlTemplate',
      new HtmlTemplateImpl(this.#env, this.#file(filename)),
      this.#env,
    ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
}
