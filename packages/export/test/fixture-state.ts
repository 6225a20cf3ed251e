import { buildRegistryModel, Diagnostics, registryFromDocument, validateRegistry, type ViewState } from '@xrgit/core';
import { staticCapabilities } from '../src/index.js';

/** A small registry in the CloudEvents model: a schema with two versions, an external schema, a message. */
export function registryDocument(): Record<string, unknown> {
  return {
    registryid: 'demo',
    name: 'Demo',
    schemagroups: {
      'com.example': {
        schemas: {
          order: {
            versions: {
              '1': { format: 'JsonSchema/draft-07', contenttype: 'application/json', schema: { type: 'object' }, createdat: '2024-01-01T00:00:00Z' },
              '2': {
                format: 'JsonSchema/draft-07',
                contenttype: 'application/json',
                schema: { type: 'object', required: ['id'] },
                description: 'Second: "ü"',
                labels: { team: 'orders eu' },
                createdat: '2024-02-01T00:00:00Z',
              },
            },
          },
          ext: { versions: { '1': { format: 'Avro/1.11', schemaurl: 'https://schemas.example/ext.avsc' } } },
        },
      },
    },
    messagegroups: { mg: { messages: { m1: { envelope: 'CloudEvents/1.0', envelopemetadata: { type: { value: 'com.example.order' } } } } } },
  };
}

/** A ViewState built from `doc` with the built-in CloudEvents model and fixed times. */
export function fixtureState(doc: Record<string, unknown> = registryDocument()): ViewState {
  const { model, problems } = buildRegistryModel(undefined);
  if (problems.length > 0) throw new Error(`model problems: ${JSON.stringify(problems)}`);
  const d = new Diagnostics();
  const registry = registryFromDocument(doc, { model, diagnostics: d, file: 'registry.json' });
  validateRegistry(registry, model, d);
  if (d.items.some((i) => i.severity === 'error')) throw new Error(`invalid fixture: ${JSON.stringify(d.items)}`);
  const capabilities = staticCapabilities(model, { formats: ['jsonschema/draft-07'], compatibilities: { 'jsonschema/draft-07': ['backward'] } });
  return {
    registry,
    model,
    times: () => ({ epoch: 1, createdat: '2023-06-01T00:00:00Z', modifiedat: '2023-07-01T00:00:00Z' }),
    capabilities: capabilities as unknown as Record<string, unknown>,
    modelsource: {},
  };
}
