import type { ParamSpec } from '../model/catalog.js';
import type { ProviderId } from '../model/providers.js';
import type { FieldIssue } from '../model/record.js';

// Plausible values of template parameters, by name: what a provider would
// have written in their place. Names not listed get a value by their type
// and the shape of their name, so every placeholder is filled, the same way
// on every run.
const BY_NAME: Readonly<Record<string, string | number>> = {
  day_quote: 100,
  month_quote: 3000,
  total_quote: 10000,
  max_count: 10,
  requested_count: 250,
  value: 50,
  income_age: 3600,
  file_size: 20971520,
  max_file_size: 10485760,
  api_version: '1',
  route: 'user/reports/report_uid/_refresh',
  report_type: 'report_type_example@domain',
  report_uid: 'report_example_vin_1@domain',
  user_uid: 'user@domain',
  domain_uid: 'domain',
  group_uids: 'group@domain',
  entity_type: 'report',
  entity_uid: 'report_example@domain',
  entity_properties: 'name=example',
  error_type: 'RuntimeException',
  error_message: 'Unexpected state',
  error_description: 'Validation failed',
  details: 'unexpected character at position 3',
  operation: 'REPORT_TYPE_UPDATE',
  level: 'ADMIN',
  token: 'dXNlckBkb21haW46MTIzNDU2Nzg5MA==',
  income_stamp: '2024-01-01T00:00:00Z',
  server_time: '2024-01-01T01:00:00Z',
  impersonate_as_user_uid: 'admin@domain',
  substring: 'DROP',
  field: 'query.body',
  quote_type: 'DAY',
  interval: 'DAY',
  vehicle_id: 'XTA000000000000000',
  term: 'vin=',
  type: 'VIN_CODE',
  validated_data: 'vin',
  reason: 'invalid length',
  expected: '17',
  found: '16',
  interval_start: '2024-01-01T00:00:00Z',
  interval_end: '2024-01-01T01:00:00Z',
  field_value: 'XTA000000000000000',
  query_type: 'GRZ',
  list_ids: '1,2',
  email: 'user@example.com',
  phone: '+79001234567',
};

/** A plausible value of one template parameter, the same on every run. */
function sampleValue(name: string, spec: ParamSpec): string | number {
  const known = Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
  if (known !== undefined && typeof known === (spec.type === 'number' ? 'number' : 'string'))
    return known;
  if (spec.type === 'number') return 1;
  if (/_?uids?$/.test(name)) return `${name.replace(/_?uids?$/, '') || 'item'}@domain`;
  if (/_?ids?$/.test(name)) return '1';
  return `${name}_example`;
}

/** Every template parameter of an entry, filled with a plausible value. */
export function sampleParams(
  params: Readonly<Record<string, ParamSpec>> | undefined,
): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const name of Object.keys(params)) out[name] = sampleValue(name, params[name]!);
  return out;
}

/** What an error carries beside its text, as the provider documents it. */
export interface SampleData {
  readonly params?: Readonly<Record<string, unknown>>;
  readonly fields?: readonly FieldIssue[];
}

/**
 * The `data` some codes carry by their documentation, keyed by provider and
 * code: the emulator sends it so a client can read it as it would the
 * provider's.
 */
export const SAMPLE_DATA: Readonly<
  Partial<Record<ProviderId, Readonly<Record<string, SampleData>>>>
> = {
  mobizon: {
    // Mobizon's reference: «правильный домен можно получить в поле data».
    '13': { params: { domain: 'api.mobizon.kz' } },
    // Mobizon's reference: `data` tells which items were processed and which were not, and why.
    // An item of code 0 is one processed (Mobizon's bulk results).
    '98': {
      fields: [
        { path: '77001234567', code: '0' },
        { path: '77001234568', code: '1', message: 'Invalid recipient number' },
      ],
    },
    // Mobizon's reference: `data` names the items of a bulk operation, none processed.
    '99': { fields: [{ path: '77001234568', code: '1', message: 'Invalid recipient number' }] },
    // Mobizon's reference: `data` holds the ID of the background task (Taskqueue::GetStatus).
    '100': { params: { taskId: '123456' } },
  },
};
