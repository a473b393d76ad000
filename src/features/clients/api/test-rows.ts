import type { ClientFullData, UserData } from "../../../kanbert/schemas.ts";
import type { ClientsInfiniteData } from "./use-clients-infinite.ts";

/** Small builders for the clients api unit tests. */

export const someUser: UserData = {
  id: "u1",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.test",
  type: "user",
  space: { id: "s1", name: "Space" },
};

export function row(id: string, extra: Partial<ClientFullData> = {}): ClientFullData {
  return {
    id,
    name: `Client ${id}`,
    shortcode: id.toUpperCase(),
    external_id: null,
    external_origin: null,
    primary_contact: null,
    origin_space: null,
    segment: "B",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-02T00:00:00Z",
    projects: [],
    ...extra,
  };
}

export function pages(...groups: ClientFullData[][]): ClientsInfiniteData {
  return {
    pages: groups.map((data, index) => ({
      data,
      links: [],
      meta: {
        path: "/clients/full",
        per_page: 50,
        next_cursor: index < groups.length - 1 ? `c${index + 1}` : null,
        next_cursor_url: null,
        prev_cursor: null,
        prev_cursor_url: null,
      },
    })),
    pageParams: groups.map((_, index) => (index === 0 ? null : `c${index}`)),
  };
}
