import fc from 'fast-check';

/*
 * Random values for a schema of an OpenAPI 3.0 document, for property-based tests: the subset of the
 * keywords LL2's drf-spectacular output uses ($ref, allOf, nullable, type, format, properties,
 * required, items, minimum, maximum, maxLength). Past `maxDepth` references, a reference is null.
 */

interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  nullable?: boolean;
  type?: string;
  format?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface OpenApiDocument {
  components: { schemas: Record<string, SchemaObject> };
}

const isoDateTime = fc
  .date({
    min: new Date('1965-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

export function arbitraryFromOpenApi(
  document: OpenApiDocument,
  name: string,
  maxDepth = 7,
): fc.Arbitrary<unknown> {
  const { schemas } = document.components;

  const build = (schema: SchemaObject, depth: number): fc.Arbitrary<unknown> => {
    const value = buildValue(schema, depth);
    return schema.nullable ? fc.option(value, { nil: null }) : value;
  };

  const buildValue = (schema: SchemaObject, depth: number): fc.Arbitrary<unknown> => {
    if (schema.$ref) {
      if (depth >= maxDepth) return fc.constant(null);
      const target = schemas[schema.$ref.split('/').pop()!];
      if (!target) throw new Error(`unknown schema ${schema.$ref}`);
      return build(target, depth + 1);
    }
    if (schema.allOf) {
      return schema.allOf.length === 1
        ? build(schema.allOf[0]!, depth)
        : fc
            .tuple(...schema.allOf.map((part) => build(part, depth)))
            .map((parts) => Object.assign({}, ...parts.filter((part) => part !== null)));
    }
    switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
      case 'object': {
        const properties = schema.properties ?? {};
        const entries = Object.fromEntries(
          Object.entries(properties).map(([key, property]) => [key, build(property, depth)]),
        );
        return fc.record(entries, { requiredKeys: schema.required ?? [] });
      }
      case 'array':
        return fc.array(build(schema.items ?? {}, depth), { maxLength: 2 });
      case 'string':
        if (schema.format === 'date-time') return isoDateTime;
        if (schema.format === 'date') return isoDateTime.map((text) => text.slice(0, 10));
        if (schema.format === 'uri') return fc.webUrl();
        return fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 40) });
      case 'integer':
        return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000_000 });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1e6,
          max: schema.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      default:
        return fc.jsonValue({ maxDepth: 1 });
    }
  };

  const root = schemas[name];
  if (!root) throw new Error(`unknown schema ${name}`);
  return build(root, 0);
}
