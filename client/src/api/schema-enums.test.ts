import document from '../../openapi/v1.json?raw';
import * as schema from './schema';

const schemas = (JSON.parse(document) as { components: { schemas: Record<string, { enum?: unknown[] }> } })
  .components.schemas;
const documentEnums = Object.entries(schemas).filter(([, s]) => s.enum !== undefined);

/** `gen:api --enum-values` exports the values of schema `AuditOutcome` as `auditOutcomeValues`. */
const generatedValues = (name: string): unknown =>
  (schema as Record<string, unknown>)[`${name.charAt(0).toLowerCase()}${name.slice(1)}Values`];

// Fails when schema.ts is stale: openapi/v1.json changed an enum and `npm run gen:api` was not run.
describe('enum values generated from the OpenAPI document', () => {
  it('finds the enums the UI lists', () => {
    expect(documentEnums.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ApiKeyScopes', 'AuditOutcome', 'InvitationStatus']),
    );
  });

  it.each(documentEnums)('lists the values of %s in the document’s order', (name, s) => {
    expect(generatedValues(name)).toEqual(s.enum);
  });
});
