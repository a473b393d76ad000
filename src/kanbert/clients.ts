import type { CreateClientBody, ExternalIdentifierBody, ShortcodeBody, UpdateClientBody } from "./bodies.ts";
import type { HttpClient } from "./http.ts";
import { type ClientLookup, type ListParams, listQuery, lookupPath } from "./query.ts";
import { CLIENTS_FULL_PATH } from "./request.ts";
import { ClientData, ClientFullData, MessageBody, pageOf } from "./schemas.ts";

/** The nine clients endpoints of SPEC §5, one function each. */

export const ClientPage = pageOf(ClientData);
export const ClientFullPage = pageOf(ClientFullData);

export function listClients(http: HttpClient, params: ListParams = {}, signal?: AbortSignal) {
  return http.request({ path: "/clients", query: listQuery(params), schema: ClientPage, signal });
}

export function listClientsFull(http: HttpClient, params: ListParams = {}, signal?: AbortSignal) {
  return http.request({ path: CLIENTS_FULL_PATH, query: listQuery(params), schema: ClientFullPage, signal });
}

export function createClient(http: HttpClient, body: CreateClientBody) {
  return http.request({ method: "POST", path: "/clients", body, schema: ClientFullData });
}

export function getClient(http: HttpClient, lookup: ClientLookup, signal?: AbortSignal) {
  const { segment, query } = lookupPath(lookup);
  return http.request({ path: `/clients/${segment}`, query, schema: ClientData, signal });
}

export function updateClient(http: HttpClient, lookup: ClientLookup, body: UpdateClientBody) {
  const { segment, query } = lookupPath(lookup);
  return http.request({ method: "PATCH", path: `/clients/${segment}`, query, body, schema: ClientData });
}

export function deleteClient(http: HttpClient, lookup: ClientLookup) {
  const { segment, query } = lookupPath(lookup);
  return http.request({ method: "DELETE", path: `/clients/${segment}`, query, schema: MessageBody });
}

export function setExternalIdentifier(http: HttpClient, lookup: ClientLookup, body: ExternalIdentifierBody) {
  const { segment, query } = lookupPath(lookup);
  return http.request({
    method: "PUT",
    path: `/clients/${segment}/external-identifier`,
    query,
    body,
    schema: ClientData,
  });
}

export function setShortcode(http: HttpClient, lookup: ClientLookup, body: ShortcodeBody) {
  const { segment, query } = lookupPath(lookup);
  return http.request({
    method: "PUT",
    path: `/clients/${segment}/shortcode`,
    query,
    body,
    schema: ClientData,
  });
}

export function restoreClient(http: HttpClient, lookup: ClientLookup) {
  const { segment, query } = lookupPath(lookup);
  return http.request({ method: "POST", path: `/clients/${segment}/restore`, query, schema: ClientFullData });
}
