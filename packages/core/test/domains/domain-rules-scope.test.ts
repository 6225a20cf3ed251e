import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, buildRegistryModel } from '../../src/index.js';
import { domainCatalogue } from '../../src/domains/domain-catalogue.js';
import { codes, validateText } from '../helpers/fixtures.js';

const cloudevents = buildRegistryModel(undefined).model;
const domainCodes = Object.keys(domainCatalogue);
const domainFindings = (text: string, model = cloudevents) => validateText(text, model).items.filter((i) => domainCodes.includes(i.code));

describe('domain rules scope', () => {
  it('a custom model with messages-like attribute names is not held to the message rules', () => {
    const built = buildModel({ groups: { messagegroups: { singular: 'messagegroup', attributes: { '*': { type: 'any' } }, resources: { notes: { singular: 'note', attributes: { '*': { type: 'any' } } } } } } }, () => 'none');
    const text = JSON.stringify({ messagegroups: { g: { envelope: 'x', protocol: 'a/b/c', notes: { n: { protocol: 'KAFKA', envelope: 'CloudEvents/1.0' } } } } });
    expect(domainFindings(text, built.model)).toEqual([]);
  });

  it('odd attribute types make the rules skip instead of throw', () => {
    const text = JSON.stringify({
      schemagroups: { s: { schemas: { x: { versions: { '1': { format: 7, schema: 'not json' } } } } } },
      messagegroups: { g: { envelope: 3, protocol: [], messages: { m: { basemessageuri: 5, envelopemetadata: 'x', protocoloptions: 1, dataschemauri: {}, dataschemaxid: 2, protocol: 'KAFKA' }, n: { dataschemaformat: 'Avro/1', dataschemauri: '/schemagroups/s/schemas/x#A' } } } },
      endpoints: { e: { usage: 'producer', channel: 3, protocol: 'MQTT/5.0', protocoloptions: { endpoints: 'x', authorization: [1, null], topic: 4, willmessage: 3 }, messagegroups: [1, null], messages: 'x' } },
    });
    expect(() => validateText(text, cloudevents)).not.toThrow();
    expect(codes(validateText(text, cloudevents)).filter((c) => domainCodes.includes(c))).toEqual([]);
  });
});

describe('domain catalogue', () => {
  const sources = readdirSync(new URL('../../src/domains/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'domain-catalogue.ts')
    .map((f) => readFileSync(new URL(`../../src/domains/${f}`, import.meta.url), 'utf8')).join('\n');

  it.each(domainCodes)('%s has a kebab-case id, an example and a check that reports it', (code) => {
    const spec = domainCatalogue[code as keyof typeof domainCatalogue];
    expect(code).toMatch(/^(message|endpoint|reference)\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(spec.example).toBeTruthy();
    expect(sources).toContain(`'${code}'`);
  });
});
