// The version of the request payloads (`schemaVersion`), apart from their zod schema
// (./schema.ts): every form stamps it on what it sends, and a page loads the schema
// itself only when a request is sent.
export const REQUEST_SCHEMA_VERSION = 1;
