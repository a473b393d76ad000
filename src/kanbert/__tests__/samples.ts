/** Sample payloads as the published Kanbert pages show them (seed pages, SPEC §5 and §7). */

export const publishedUser = {
  id: "string",
  first_name: "string",
  last_name: "string",
  email: "string",
  type: "user",
  space: { id: "string", name: "string" },
};

export const publishedClientFull = {
  id: "string",
  external_id: "string",
  external_origin: "string",
  name: "string",
  shortcode: "string",
  segment: "A",
  updated_at: "2019-08-24T14:15:22Z",
  created_at: "2019-08-24T14:15:22Z",
  primary_contact: publishedUser,
  origin_space: { id: "string", name: "string" },
};

export const publishedPage = {
  data: [publishedClientFull],
  links: ["string"],
  meta: {
    path: "string",
    per_page: 0,
    next_cursor: "string",
    next_cursor_url: "string",
    prev_cursor: "string",
    prev_cursor_url: "string",
  },
};

const publishedTask = {
  id: "string",
  project_id: "string",
  client_id: "string",
  parent_task_id: "string",
  external_id: "string",
  external_origin: "string",
  uri: "string",
  title: "string",
  description: "string",
  status: "Backlog",
  type: "string",
  estimated_hours: 0,
  is_onhold: true,
  is_public: true,
  due_date: "2019-08-24",
  assignee: null,
  completed_at: "2019-08-24T14:15:22Z",
  closed_at: "2019-08-24T14:15:22Z",
  updated_at: "2019-08-24T14:15:22Z",
  created_at: "2019-08-24T14:15:22Z",
  list_sorting: 0,
};

export const publishedComment = {
  id: "string",
  external_id: "string",
  external_origin: "string",
  parent_comment_id: null,
  task: publishedTask,
  sub_comments: [
    {
      id: "reply",
      external_id: null,
      external_origin: null,
      parent_comment_id: "string",
      sub_comments: [],
      author: publishedUser,
      comment: '<p>Thanks <mention data-id="string" /></p>',
      attachements: [],
      is_public: false,
      created_at: "2019-08-24T14:15:22Z",
      updated_at: "2019-08-24T14:15:22Z",
    },
  ],
  author: publishedUser,
  comment: "string",
  attachements: [
    {
      id: "f1",
      file_name: "brief.pdf",
      mime_type: "application/pdf",
      size: 20480,
      entity_id: "string",
      entity_type: "comment",
      created_at: "2019-08-24T14:15:22Z",
    },
  ],
  is_public: true,
  created_at: "2019-08-24T14:15:22Z",
  updated_at: "2019-08-24T14:15:22Z",
};
