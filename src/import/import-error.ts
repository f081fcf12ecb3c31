/** Why a description could not be imported, in one line for the person running the command. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
