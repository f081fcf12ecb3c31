/** A real OpenAPI description shipped in an npm package (a devDependency). */
export interface RealDescription {
  /** The pack id to import it as. */
  readonly id: string;
  readonly packageName: string;
  /** The file inside the package. */
  readonly file: string;
}

export const realDescriptions: readonly RealDescription[];

/** The description's file, in node_modules. */
export function descriptionFile(description: RealDescription): string;

/** The installed version of the description's package. */
export function descriptionVersion(description: RealDescription): string;
