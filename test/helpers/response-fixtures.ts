import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The response corpus of test/fixtures/responses/ (see its README), read one
// way by every test: a seed's example body is kept once, in its fixture, and
// a test that needs it asks for it by name instead of pasting it.

/** One file of test/fixtures/responses/<provider>/: a response and the record it decodes to. */
export interface ResponseFixture {
  readonly description: string;
  /** `seed 00N` for a seed's example body, `kodex` for one of our own. */
  readonly source: string;
  readonly response: {
    readonly status: number;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body: string;
  };
  /** A partial record; `null` for a success. */
  readonly expected: Record<string, unknown> | null;
  /** `false` when the body cannot be told from another provider's without being told. */
  readonly detect?: boolean;
  readonly lang?: 'ru' | 'en';
  /** The request URL, whose host names the provider when the body cannot. */
  readonly url?: string;
}

/** A fixture with where it lies. */
export interface FixtureFile {
  readonly provider: string;
  readonly file: string;
  readonly fixture: ResponseFixture;
}

const ROOT = fileURLToPath(new URL('../fixtures/responses/', import.meta.url));

/**
 * The fixture named `<provider>/<file>` (without `.json`).
 * @example responseFixture('avtocod/seed-example-b011').response.body
 */
export function responseFixture(name: string): ResponseFixture {
  return JSON.parse(readFileSync(join(ROOT, `${name}.json`), 'utf8'));
}

/** A fixture's body parsed as JSON. */
export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(responseFixture(name).response.body);
}

/** The provider folders of the corpus. */
export function fixtureProviders(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

/** Every fixture of the corpus, folder by folder. */
export function responseFixtures(): FixtureFile[] {
  return fixtureProviders().flatMap((provider) =>
    readdirSync(join(ROOT, provider))
      .filter((f) => f.endsWith('.json'))
      .map((file) => ({
        provider,
        file,
        fixture: responseFixture(`${provider}/${file.slice(0, -'.json'.length)}`),
      })),
  );
}
