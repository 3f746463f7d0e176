// The conventions every schema follows (ADR 0002): identity, TDDUI counterpart, labels in both
// languages wherever a person sees a field, labels for every enum value.
import { describe, expect, it } from 'vitest';
import { schemaDefs, schemas, type SchemaDocument } from '@duikit/core';

type Node = SchemaDocument & {
  properties?: Record<string, Node>;
  $defs?: Record<string, Node>;
  items?: Node;
};

/** Walks the subschemas a form renders: properties, array items and definitions, not if/then. */
function walk(
  node: Node,
  pointer: string,
  visit: (node: Node, pointer: string, name?: string) => void,
): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    visit(child, `${pointer}/properties/${name}`, name);
    walk(child, `${pointer}/properties/${name}`, visit);
  }
  if (node.items) walk(node.items, `${pointer}/items`, visit);
  for (const [name, def] of Object.entries(node.$defs ?? {})) {
    visit(def, `${pointer}/$defs/${name}`);
    walk(def, `${pointer}/$defs/${name}`, visit);
  }
}

const all = { ...schemas, ...schemaDefs } as Record<string, Node>;
const TECHNICAL = new Set(['id', 'extensions']);

describe('schema conventions', () => {
  it.each(Object.entries(schemas))(
    '%s has $id, title, description, labels, a TDDUI note and examples',
    (name, schema) => {
      expect(schema.$id).toMatch(/^https:\/\/duikit\.dev\/schemas\/[a-z-]+\.schema\.json$/);
      expect(schema.title, name).toBeTruthy();
      expect(schema.description, name).toBeTruthy();
      expect(schema['x-tddui'], name).toBeTruthy();
      expect(schema['x-label']).toEqual({ fr: expect.any(String), en: expect.any(String) });
      expect((schema as { examples?: unknown[] }).examples?.length).toBeGreaterThan(0);
    },
  );

  it('labels every field a person sees in French and English', () => {
    const missing: string[] = [];
    for (const [file, schema] of Object.entries(all)) {
      walk(schema, '', (node, pointer, name) => {
        if (name === undefined || TECHNICAL.has(name) || pointer.includes('/$defs/all')) return;
        // A reference to another top-level schema is labelled there.
        if (typeof node.$ref === 'string' && !node.$ref.includes('#')) return;
        const label = node['x-label'];
        if (!label?.fr || !label?.en) missing.push(`${file}${pointer}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('labels every value of every labelled enum in both languages', () => {
    const gaps: string[] = [];
    for (const [file, schema] of Object.entries(all)) {
      walk(schema, '', (node, pointer) => {
        const values = node.enum as unknown[] | undefined;
        if (!values) return;
        const labels = node['x-enumLabels'];
        if (!labels) {
          if (!node['x-terminology'] && !/\/(group|letter)$/.test(pointer))
            gaps.push(`${file}${pointer} (no labels)`);
          return;
        }
        for (const v of values)
          if (!labels[String(v)]?.fr || !labels[String(v)]?.en) gaps.push(`${file}${pointer} ${String(v)}`);
      });
    }
    expect(gaps).toEqual([]);
  });
});
