import { useState } from "react";
import { type Scalar, special } from "../../../../filter/index.ts";
import { matchesUser, userName, useUserDirectory, useUserSearch, useWhoami } from "../../../users/index.ts";
import type { ComboOption } from "./combobox.tsx";
import type { EditorProps } from "./editor-props.ts";
import { IdPicker } from "./id-picker.tsx";

const ME = "me";

/** Picks users for an id field (e.g. `primary_contact.id`): "Me" (`me.id`) or a search over /users. */
export function UserPicker(props: EditorProps & { multiple?: boolean }) {
  const [query, setQuery] = useState("");
  const search = useUserSearch(query, true);
  const directory = useUserDirectory();
  const me = useWhoami().data;
  const nameOf = (id: string) => {
    const user =
      directory.data?.find((candidate) => candidate.id === id) ?? search.data?.find((u) => u.id === id);
    return user ? userName(user) : id;
  };
  const showMe =
    query.trim() === "" || "me".startsWith(query.trim().toLowerCase()) || (me && matchesUser(me, query));
  const options: ComboOption[] = [
    ...(showMe ? [{ key: ME, label: "Me", detail: me ? userName(me) : "the signed-in user" }] : []),
    ...(search.data ?? []).map((user) => ({ key: user.id, label: userName(user), detail: user.email })),
  ];
  return (
    <IdPicker
      {...props}
      query={query}
      onQueryChange={setQuery}
      options={options}
      loading={search.isFetching}
      placeholder="Search people…"
      toValue={(option): Scalar => (option.key === ME ? special("me.id") : option.key)}
      labelOf={(value) => {
        if (typeof value === "string") return nameOf(value);
        if (typeof value === "object" && value?.kind === "special" && value.name === "me.id") return "Me";
        return String(value);
      }}
    />
  );
}
