import { buildRegistryModel, emptyRegistry, type RegistryNode } from '@xrgit/core';
import { describe, expect, it } from 'vitest';
import { comparableState, planPush } from '../src/index.js';

const model = buildRegistryModel(undefined).model;

const doc = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schemagroups: { g: { schemas: { s: { versions: { '1': { format: 'JsonSchema/draft-07', schema: { type: 'object' } } } } } } },
  messagegroups: { m: { envelope: 'CloudEvents/1.0', messages: { e: { versions: { '1': { envelope: 'CloudEvents/1.0', dataschemauri: '/schemagroups/g/schemas/s' } } } } } },
  endpoints: { ep: { usage: ['producer'], protocol: 'HTTP', messagegroups: ['/messagegroups/m'] } },
  ...extra,
});

const plan = (server: RegistryNode, local: RegistryNode, prune = false): ReturnType<typeof planPush> => planPush({ server, local, model, prune, ignoreEpoch: false });

describe('planPush', () => {
  it('creates what is referenced before what references it: schemas before messages, message groups before endpoints', () => {
    const steps = plan(emptyRegistry(), comparableState(doc(), model)).steps.map((s) => `${s.action} ${s.xid}`);
    expect(steps.indexOf('create /schemagroups/g/schemas/s')).toBeLessThan(steps.indexOf('create /messagegroups/m/messages/e'));
    expect(steps.indexOf('create /messagegroups/m')).toBeLessThan(steps.indexOf('create /endpoints/ep'));
    expect(steps).not.toContain('create /schemagroups/g/schemas/s/versions/1');
  });

  it('plans nothing between equal states', () => {
    const state = comparableState(doc(), model);
    expect(plan(state, comparableState(doc(), model))).toEqual({ steps: [], skipped: [] });
  });

  it('deletes only with prune, in reverse reference order, never under a deleted parent', () => {
    const server = comparableState(doc(), model);
    expect(plan(server, emptyRegistry()).steps).toEqual([]);
    expect(plan(server, emptyRegistry()).skipped).toHaveLength(3);
    const deletes = plan(server, emptyRegistry(), true).steps.map((s) => s.xid);
    expect(deletes).toHaveLength(3);
    expect(deletes.indexOf('/endpoints/ep')).toBeLessThan(deletes.indexOf('/messagegroups/m'));
    expect(deletes.indexOf('/messagegroups/m')).toBeLessThan(deletes.indexOf('/schemagroups/g'));
  });

  it('updates with attribute detail, never sending what the server computes', () => {
    const server = comparableState(doc(), model);
    const local = comparableState(doc({ endpoints: { ep: { usage: ['producer'], protocol: 'HTTP', messagegroups: ['/messagegroups/m'], description: 'new', epoch: 7, self: '#/endpoints/ep' } } }), model);
    const [step] = plan(server, local).steps;
    expect(step).toMatchObject({ action: 'update', level: 'group', xid: '/endpoints/ep', method: 'PUT', path: '/endpoints/ep', attributes: [{ name: 'description', after: 'new' }] });
    expect(Object.keys(step!.body!).sort()).toEqual(['description', 'messagegroups', 'protocol', 'usage']);
  });

  it('sends documents as base64 and changes a sticky default through meta', () => {
    const v2 = { versions: { '1': { format: 'JsonSchema/draft-07', schema: { type: 'object' } }, '2': { format: 'JsonSchema/draft-07', schema: { type: 'string' } } }, meta: { defaultversionid: '1', defaultversionsticky: true } };
    const local = comparableState(doc({ schemagroups: { g: { schemas: { s: v2 } } } }), model);
    const steps = plan(comparableState(doc(), model), local).steps;
    expect(steps.map((s) => `${s.action} ${s.level} ${s.path}`)).toEqual(['create version /schemagroups/g/schemas/s/versions/2$details', 'update meta /schemagroups/g/schemas/s/meta']);
    expect(steps[0]!.body!['schemabase64']).toBe(Buffer.from('{\n  "type": "string"\n}\n').toString('base64'));
    expect(steps[1]!.body).toEqual({ defaultversionid: '1', defaultversionsticky: true });
  });
});
