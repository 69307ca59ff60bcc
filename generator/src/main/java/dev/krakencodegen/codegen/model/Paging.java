package dev.krakencodegen.codegen.model;

import java.util.List;

/**
 * Offset paging.
 *
 * @param itemsField the list field of the response model holding a page's items
 * @param limitParam the query parameter setting page size
 * @param offsetParam the query parameter setting the offset
 * @param nextPath the field path of the next page's URL, e.g. {@code [_links, next]}
 */
public record Paging(String itemsField, String limitParam, String offsetParam, List<String> nextPath) {}
