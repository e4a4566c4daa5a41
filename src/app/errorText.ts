// The message of a failure for the user: a bad file's in the UI's language, naming the file; any other error's own message.
import { FileProblem } from "../formats/importTypes";
import { fileProblemText } from "../lang";

export function errorText(error: unknown): string {
  if (error instanceof FileProblem) return fileProblemText(error);
  return error instanceof Error ? error.message : String(error);
}
