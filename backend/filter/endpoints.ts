import type { Catalogue } from "../../src/filter/index.ts";
import {
  clientsBasicCatalogue,
  clientsFullCatalogue,
  commentsCatalogue,
  projectsCatalogue,
  tasksCatalogue,
  usersCatalogue,
  webhooksCatalogue,
} from "../../src/kanbert/catalogue.ts";
import type { FieldMap } from "./field-map.ts";
import { clientsBasicFields, clientsFullFields, usersFields } from "./maps-clients.ts";
import { commentsFields, projectsFields, tasksFields } from "./maps-tasks.ts";
import { webhooksFields } from "./maps-webhooks.ts";

/** What a list endpoint's filter may say (catalogue) and how it becomes SQL (field map). */
export interface FilterEndpoint {
  readonly catalogue: Catalogue;
  readonly fields: FieldMap;
}

export const clientsBasicFilter: FilterEndpoint = {
  catalogue: clientsBasicCatalogue,
  fields: clientsBasicFields,
};
export const clientsFullFilter: FilterEndpoint = {
  catalogue: clientsFullCatalogue,
  fields: clientsFullFields,
};
export const usersFilter: FilterEndpoint = { catalogue: usersCatalogue, fields: usersFields };
export const tasksFilter: FilterEndpoint = { catalogue: tasksCatalogue, fields: tasksFields };
export const commentsFilter: FilterEndpoint = { catalogue: commentsCatalogue, fields: commentsFields };
export const projectsFilter: FilterEndpoint = { catalogue: projectsCatalogue, fields: projectsFields };
export const webhooksFilter: FilterEndpoint = { catalogue: webhooksCatalogue, fields: webhooksFields };

export const FILTER_ENDPOINTS: readonly FilterEndpoint[] = [
  clientsBasicFilter,
  clientsFullFilter,
  usersFilter,
  tasksFilter,
  commentsFilter,
  projectsFilter,
  webhooksFilter,
];
