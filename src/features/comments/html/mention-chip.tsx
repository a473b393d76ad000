import type { UserData } from "../../../kanbert/schemas.ts";
import { userName } from "../../users/index.ts";

/** A mention as the reader sees it: "@First Last" from the users list, or "@unknown user". */
export function MentionChip({ user }: { user: UserData | undefined }) {
  return (
    <span
      className="inline-flex items-baseline rounded bg-indigo-50 px-1 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
      title={user ? user.email : undefined}
    >
      @{user ? userName(user) : "unknown user"}
    </span>
  );
}
