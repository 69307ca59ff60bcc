package dev.krakencodegen.runtime;

import java.util.function.Function;

/** The Kraken descriptor as a generated client would declare it, and builders for tests. */
final class TestApis {
  static final ApiDescriptor KRAKEN =
      ApiDescriptor.builder("Kraken", "https://api.twitch.tv/kraken")
          .version("v1")
          .mediaType("application/vnd.twitchtv.v1+json")
          .clientId(Placement.query("client_id"))
          .token(Placement.header("Authorization"), "OAuth {token}")
          .grantedScopes("/", "/token/authorization/scopes")
          .oauth2(
              "https://api.twitch.tv/kraken/oauth2/authorize",
              "https://api.twitch.tv/kraken/oauth2/token",
              " ")
          .build();

  /** Token in the query string instead of a header. */
  static final ApiDescriptor KRAKEN_QUERY_TOKEN =
      ApiDescriptor.builder("Kraken", "https://api.twitch.tv/kraken")
          .mediaType("application/vnd.twitchtv.v1+json")
          .clientId(Placement.header("Client-ID"))
          .token(Placement.query("oauth_token"), "{token}")
          .build();

  static final Endpoint CHANNEL_GET =
      Endpoint.builder("channels.get", "GET", "/channels/{channel}").successStatus(200).build();

  static final Endpoint CHANNEL_UPDATE =
      Endpoint.builder("channels.update", "PUT", "/channels/{channel}")
          .scopes("channel_editor")
          .auth(Endpoint.Auth.REQUIRED)
          .idempotent(true)
          .successStatus(200)
          .build();

  static final Endpoint COMMERCIAL =
      Endpoint.builder("channels.commercial", "POST", "/channels/{channel}/commercial")
          .scopes("channel_commercial")
          .successStatus(204)
          .build();

  private TestApis() {}

  /** A Kraken client builder pointed at {@code server}, never really sleeping between retries. */
  static ClientBuilder<ApiClient> kraken(TestServer server, RecordingSleeper sleeper) {
    return new ClientBuilder<>(KRAKEN, Function.identity())
        .baseUrl(server.baseUrl())
        .clientId("axjhfp777tflhy0yjb5sftsil")
        .sleeper(sleeper);
  }

  static ClientBuilder<ApiClient> kraken(TestServer server) {
    return kraken(server, new RecordingSleeper());
  }
}
