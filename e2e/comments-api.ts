import { CommentPage } from "../src/kanbert/comments.ts";
import { CommentData } from "../src/kanbert/schemas.ts";
import { TaskPage } from "../src/kanbert/tasks.ts";
import { API, api, TOKEN } from "./fixtures.ts";

/** Comments written and read straight through the emulator's API (set-up and checks of comment specs). */

export async function apiPostComment(body: Record<string, unknown>): Promise<CommentData> {
  const response = await fetch(`${API}/tasks/comments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`POST /tasks/comments → ${response.status} ${await response.text()}`);
  }
  return CommentData.parse(await response.json());
}

export async function tasksOf(clientId: string) {
  const query = new URLSearchParams({ filter: `client.id eq "${clientId}"`, sort: "title" });
  return (await api(`/tasks?${query}`, TaskPage)).data;
}

/** Every comment (top-level and replies) of a client whose HTML contains the text. */
export async function commentsContaining(clientId: string, text: string): Promise<CommentData[]> {
  const query = new URLSearchParams({
    filter: `task.client_id eq "${clientId}"`,
    sort: "-created_at",
    "page[size]": "100",
  });
  const page = await api(`/tasks/comments?${query}`, CommentPage);
  const all = page.data.flatMap((thread) => [thread, ...thread.sub_comments]);
  return all.filter((comment) => (comment.comment ?? "").includes(text));
}
