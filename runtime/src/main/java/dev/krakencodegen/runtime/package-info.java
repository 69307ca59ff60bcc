/**
 * The runtime library that generated API clients call: HTTP, authentication, errors, retries,
 * paging and JSON. Written and tested once, so that generated code stays thin.
 *
 * <h2>Pieces</h2>
 *
 * <ul>
 *   <li>{@link dev.krakencodegen.runtime.ApiDescriptor} describes an API (base URL, media type,
 *       where the client id and token go, OAuth2 URLs); {@link dev.krakencodegen.runtime.Endpoint}
 *       describes one operation; {@link dev.krakencodegen.runtime.RequestValues} carries one call's
 *       parameters.
 *   <li>{@link dev.krakencodegen.runtime.ClientBuilder} configures, and {@link
 *       dev.krakencodegen.runtime.ApiClient} executes calls, sync or async, plain or paged.
 *   <li>{@link dev.krakencodegen.runtime.Transport} is the HTTP seam; {@link
 *       dev.krakencodegen.runtime.JdkHttpTransport} (over {@code java.net.http}) is the default.
 * </ul>
 *
 * <h2>Behaviour</h2>
 *
 * <ul>
 *   <li><b>Credentials</b> (client id and token, per their {@link
 *       dev.krakencodegen.runtime.Placement}) are sent only to the configured base URL's origin
 *       (scheme, host and port). Next-page links to another origin get neither; redirects are not
 *       followed. Links and OAuth2 URLs under the API's default base URL are moved to a configured
 *       base URL, so a client pointed at a mock or proxy stays there.
 *   <li><b>Paths</b>: each path value is encoded as one segment: everything but unreserved
 *       characters is percent-encoded, and {@code .}/{@code ..} become {@code %2E}/{@code %2E%2E}.
 *   <li><b>Responses</b> with {@code application/json} or any {@code +json} type are decoded with
 *       {@link dev.krakencodegen.runtime.KrakenJson}'s mapper; an empty success body decodes as
 *       null. Any 2xx counts as success, whatever status the endpoint documents (failing a call the
 *       server carried out would invite a repeat); others raise an {@link
 *       dev.krakencodegen.runtime.ApiException} subclass chosen by status alone, so an HTML 502
 *       page still gives an {@link dev.krakencodegen.runtime.InternalServerException}.
 *   <li><b>Retries</b> ({@link dev.krakencodegen.runtime.RetryPolicy}): idempotent endpoints only,
 *       after 429, 503, connection failures and connect timeouts (not response timeouts: the server
 *       may still be working). Jittered exponential backoff; a {@code Retry-After} header (seconds
 *       or HTTP date) replaces the backoff, capped at {@code maxRetryAfter}.
 *   <li><b>Paging</b> ({@link dev.krakencodegen.runtime.Page}, {@link
 *       dev.krakencodegen.runtime.AutoPager}): follows the next link found at the endpoint's paging
 *       path; a null link ends the listing; when the endpoint declares no link path or the field is
 *       absent, the offset advances by the items received. An empty page ends it. A limit above the
 *       endpoint's maximum is rejected with {@link IllegalArgumentException} before sending (not
 *       clamped: a silently smaller page would surprise).
 *   <li><b>Fail fast</b>: a missing token ({@link dev.krakencodegen.runtime.MissingTokenException})
 *       or a scope the token is known to lack ({@link
 *       dev.krakencodegen.runtime.MissingScopeException}) fails the call before anything is sent.
 *   <li><b>Secrets</b> (the token, client secrets, passwords, and values of parameters an endpoint
 *       marks sensitive) never appear in {@code toString}, exception messages or logs.
 *   <li><b>Logging</b> goes through {@link System.Logger} {@code dev.krakencodegen.runtime} at
 *       DEBUG (requests, statuses) and TRACE (retry decisions); bodies are never logged.
 *   <li><b>Environment</b>: {@link dev.krakencodegen.runtime.ClientBuilder#fromEnv()} reads {@code
 *       <NAME>_CLIENT_ID}, {@code <NAME>_ACCESS_TOKEN} and {@code <NAME>_BASE_URL}, where {@code
 *       NAME} is the API name upper-cased (e.g. {@code KRAKEN_ACCESS_TOKEN}).
 * </ul>
 */
package dev.krakencodegen.runtime;
