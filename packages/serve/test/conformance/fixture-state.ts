import { buildRegistryModel, Diagnostics, registryFromDocument, validateRegistry, type ViewState } from '@xrgit/core';

/**
 * A small registry in the CloudEvents model: two schema groups, a schema with two versions (the
 * second the default), a schema kept outside the registry (`schemaurl`), a plain-text schema, and
 * a message group.
 */
export function registryDocument(): Record<string, unknown> {
  return {
    registryid: 'demo',
    name: 'Demo',
    description: 'A cool registry',
    schemagroups: {
      'com.example': {
        name: 'Example',
        labels: { stage: 'prod' },
        schemas: {
          order: {
            versions: {
              '1': { format: 'JsonSchema/draft-07', contenttype: 'application/json', schema: { type: 'object' }, createdat: '2024-01-01T00:00:00Z' },
              '2': { format: 'JsonSchema/draft-07', contenttype: 'application/json', schema: { type: 'object', required: ['id'] }, name: 'Order', description: 'Second: "ü"', labels: { team: 'orders eu' }, createdat: '2024-02-01T00:00:00Z' },
            },
          },
          ext: { versions: { '1': { format: 'Avro/1.11', name: 'External', schemaurl: 'https://schemas.example/ext.avsc' } } },
          notes: { versions: { '1': { format: 'Text', name: 'notes', contenttype: 'text/plain', schemabase64: Buffer.from('hello\n').toString('base64') } } },
        },
      },
      'org.test': { name: 'Test group', labels: { stage: 'dev' }, schemas: {} },
    },
    messagegroups: { mg: { messages: { m1: { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'com.example.order' } } } } } },
  };
}

export const BASE = 'http://reg.test';

/** A ViewState built from `doc` with the built-in CloudEvents model and fixed times. */
export function fixtureState(doc: Record<string, unknown> = registryDocument()): ViewState {
  const { model, problems } = buildRegistryModel(undefined);
  if (problems.length > 0) throw new Error(`model problems: ${JSON.stringify(problems)}`);
  const d = new Diagnostics();
  const registry = registryFromDocument(doc, { model, diagnostics: d, file: 'registry.json' });
  validateRegistry(registry, model, d);
  if (d.items.some((i) => i.severity === 'error')) throw new Error(`invalid fixture: ${JSON.stringify(d.items)}`);
  return {
    registry,
    model,
    times: () => ({ epoch: 1, createdat: '2023-06-01T00:00:00Z', modifiedat: '2023-07-01T00:00:00Z' }),
    capabilities: { formats: ['jsonschema/draft-07'], compatibilities: {}, ignores: [], versionmodes: ['manual'] },
    modelsource: { groups: {} },
  };
}
