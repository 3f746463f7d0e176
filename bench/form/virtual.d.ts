/** The precompiled validator the benchmark injects into the page script (see form.bench.ts). */
declare module 'virtual:validator' {
  const validate: {
    (data: unknown): boolean;
    errors?:
      null | { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[];
  };
  export default validate;
}
