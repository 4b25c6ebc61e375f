// The whole schema, for the Drizzle client and drizzle-kit. (The one barrel file: drizzle needs a single entry.)
export * from "./enums";
export * from "./reference";
export * from "./users";
export * from "./tracker";
export * from "./search";
export * from "./editorial";
export * from "./ingest";
export * from "./data-version";
