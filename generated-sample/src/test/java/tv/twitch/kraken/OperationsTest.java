package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tv.twitch.kraken.ExampleServer.CLIENT_ID;
import static tv.twitch.kraken.ExampleServer.MEDIA_TYPE;
import static tv.twitch.kraken.ExampleServer.TOKEN;

import dev.krakencodegen.runtime.Page;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;
import tv.twitch.kraken.model.AccessToken;
import tv.twitch.kraken.model.AuthenticatedChannel;
import tv.twitch.kraken.model.AuthenticatedUser;
import tv.twitch.kraken.model.Channel;
import tv.twitch.kraken.model.ChannelStream;
import tv.twitch.kraken.model.ChannelUpdate;
import tv.twitch.kraken.model.Chat;
import tv.twitch.kraken.model.Emoticon;
import tv.twitch.kraken.model.EmoticonList;
import tv.twitch.kraken.model.FeaturedStream;
import tv.twitch.kraken.model.Game;
import tv.twitch.kraken.model.GameSearchResult;
import tv.twitch.kraken.model.GrantType;
import tv.twitch.kraken.model.Ingest;
import tv.twitch.kraken.model.IngestList;
import tv.twitch.kraken.model.Root;
import tv.twitch.kraken.model.SearchType;
import tv.twitch.kraken.model.Stream;
import tv.twitch.kraken.model.StreamSummary;
import tv.twitch.kraken.model.Team;
import tv.twitch.kraken.model.TopGame;
import tv.twitch.kraken.model.User;
import tv.twitch.kraken.model.Video;
import tv.twitch.kraken.resources.ChannelsCommercialParams;
import tv.twitch.kraken.resources.ChannelsVideosParams;
import tv.twitch.kraken.resources.GamesTopParams;
import tv.twitch.kraken.resources.Oauth2TokenParams;
import tv.twitch.kraken.resources.SearchGamesParams;
import tv.twitch.kraken.resources.SearchStreamsParams;
import tv.twitch.kraken.resources.StreamsFeaturedParams;
import tv.twitch.kraken.resources.StreamsFollowedParams;
import tv.twitch.kraken.resources.StreamsListParams;
import tv.twitch.kraken.resources.StreamsSummaryParams;

/**
 * Calls every operation of the generated client against {@link ExampleServer} and checks both
 * ends: the request the server received (method, raw path, query, headers, body) and the typed
 * value decoded from the documented example. {@link #everyImplementedOperationWasCalled}, run
 * last, fails the build when the spec gains an operation that no test here calls.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ExampleServer server;
  private static KrakenClient client;

  @BeforeAll
  static void start() {
    server = ExampleServer.start();
    client = server.client();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  /**
   * Runs last (the other tests have the default order): a spec operation that no test calls
   * fails the build. A filtered run (one test) skips it, as it should.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void everyImplementedOperationWasCalled() {
    Set<String> missing = new TreeSet<>(ExampleServer.implementedOperationIds());
    missing.removeAll(server.servedOperations());
    assertEquals(Set.of(), missing, "operations of the spec that no test in OperationsTest calls");
  }

  // ---- root

  @Test
  void rootGet() {
    Root root = client.root().get();

    RecordedRequest r = assertRequest("root.get", "GET", "/kraken/", true);
    assertQuery(r, Map.of());
    assertTrue(root.token().valid());
    assertEquals(
        List.of("user_read", "channel_read", "channel_commercial", "user_read"),
        root.token().authorization().scopes());
    assertEquals(Instant.parse("2012-05-08T21:55:12Z"), root.token().authorization().createdAt());
    assertEquals(Instant.parse("2012-05-17T21:32:13Z"), root.token().authorization().updatedAt());
    assertEquals(7, root.links().size());
    assertEquals(URI.create("https://api.twitch.tv/kraken/users/hebo"), root.links().get("users"));
    assertEquals(URI.create("https://api.twitch.tv/kraken/ingests"), root.links().get("ingests"));
  }

  // ---- users

  @Test
  void usersGet() {
    User user = client.users().get("hebo");

    RecordedRequest r = assertRequest("users.get", "GET", "/kraken/users/hebo", false);
    assertQuery(r, Map.of());
    assertHebo(user);
  }

  @Test
  void usersGetAuthenticated() {
    AuthenticatedUser user = client.users().getAuthenticated();

    assertRequest("users.getAuthenticated", "GET", "/kraken/user", true);
    assertEquals(22761313L, user.id());
    assertEquals("cevtest12", user.name());
    assertEquals("Cevtest12", user.displayName());
    assertEquals("asdf@asdf.com", user.email());
    assertTrue(user.partnered());
    assertEquals(Instant.parse("2011-06-03T17:49:19Z"), user.createdAt());
    assertEquals(Instant.parse("2012-06-18T17:19:57Z"), user.updatedAt());
    assertEquals(
        URI.create(
            "http://static-cdn.jtvnw.net/jtv_user_pictures/cevtest12-profile_image-62e8318af864d6d7-300x300.jpeg"),
        user.logo());
    assertEquals(
        Map.of("self", URI.create("https://api.twitch.tv/kraken/users/cevtest12")), user.links());
  }

  @Test
  void usersCreate() {
    // The docs' curl example: credentials in the query, the new user's attributes in the form.
    client
        .users()
        .create("[your client id]", "[your client secret]", "newuser", "12345", "my@email.com");

    RecordedRequest r = server.onlyRequest();
    assertEquals("users.create", r.operationId());
    assertEquals("POST", r.method());
    assertEquals("/kraken/users", r.rawPath());
    assertEquals(MEDIA_TYPE, r.header("Accept"));
    // The call's own client_id replaces the configured one rather than being sent beside it.
    assertEquals(
        Map.of(
            "client_id", List.of("[your client id]"),
            "client_secret", List.of("[your client secret]")),
        r.query());
    assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
    assertEquals(
        Map.of(
            "username", List.of("newuser"),
            "password", List.of("12345"),
            "email", List.of("my@email.com")),
        r.form());
  }

  // ---- blocks

  @Test
  void blocksList() {
    List<User> blocked = client.blocks().list("cevtest12");

    RecordedRequest r = assertRequest("blocks.list", "GET", "/kraken/users/cevtest12/blocks", true);
    assertQuery(r, Map.of());
    assertEquals(1, blocked.size());
    assertHebo(blocked.get(0));
  }

  @Test
  void blocksBlock() {
    client.blocks().block("cevtest12", "hebo");

    RecordedRequest r =
        assertRequest("blocks.block", "PUT", "/kraken/users/cevtest12/blocks/hebo", true);
    assertQuery(r, Map.of());
    assertEquals("", r.body());
  }

  @Test
  void blocksUnblock() {
    client.blocks().unblock("cevtest12", "hebo");

    RecordedRequest r =
        assertRequest("blocks.unblock", "DELETE", "/kraken/users/cevtest12/blocks/hebo", true);
    assertQuery(r, Map.of());
    assertEquals("", r.body());
  }

  // ---- channels

  @Test
  void channelsGet() {
    Channel channel = client.channels().get("towelliee");

    RecordedRequest r = assertRequest("channels.get", "GET", "/kraken/channels/towelliee", false);
    assertQuery(r, Map.of());
    assertEquals(20694610L, channel.id());
    assertEquals("towelliee", channel.name());
    assertEquals("Towelliee", channel.displayName());
    assertEquals("World of Warcraft: Cataclysm", channel.game());
    assertEquals("Towelliee HD Gaming", channel.title());
    assertNull(channel.status(), "absent from the example");
    assertEquals(Boolean.TRUE, channel.mature());
    assertEquals(URI.create("http://www.twitch.tv/towelliee"), channel.url());
    assertEquals(Instant.parse("2011-02-24T01:38:43Z"), channel.createdAt());
    assertEquals(Instant.parse("2012-06-18T05:22:53Z"), channel.updatedAt());
    assertEquals(
        URI.create(
            "http://static-cdn.jtvnw.net/jtv_user_pictures/towelliee-channel_offline_image-bdcb1260130fa0cb.png"),
        channel.videoBanner());
    assertEquals(4, channel.links().size());
    assertEquals(
        URI.create("https://api.twitch.tv/kraken/channels/towelliee/commercial"),
        channel.links().get("commercial"));
    assertEquals(1, channel.teams().size());
    Team tgn = channel.teams().get(0);
    assertEquals(134L, tgn.id());
    assertEquals("tgn", tgn.name());
    assertEquals("TGN", tgn.displayName());
    assertEquals("Building a career path for YouTubers! See http://tgn.tv\n\n", tgn.info());
    assertEquals(Instant.parse("2011-12-23T06:30:14Z"), tgn.createdAt());
  }

  @Test
  void channelsGetAuthenticated() {
    AuthenticatedChannel channel = client.channels().getAuthenticated();

    assertRequest("channels.getAuthenticated", "GET", "/kraken/channel", true);
    // The docs show `id` here, not `_id`: the two are separate components.
    assertEquals(21229404L, channel.id());
    assertNull(channel.underscoreId());
    assertEquals("Hebo", channel.name());
    assertEquals("hebo", channel.login());
    assertEquals("james@justin.tv", channel.email());
    assertEquals("live_21229404_abcdefg", channel.streamKey());
    assertEquals("Diablo II: Lord of Destruction", channel.game());
    assertEquals("Cev", channel.title());
    assertEquals(Boolean.FALSE, channel.mature());
    assertNull(channel.status());
    assertNull(channel.displayName());
    assertEquals(URI.create("http://www.twitch.tv/ossareh"), channel.url());
    assertEquals(Instant.parse("2012-03-14T03:30:41Z"), channel.updatedAt());
    Team staff = channel.teams().get(0);
    assertEquals(10L, staff.id());
    assertEquals("TwitchTV Staff", staff.displayName());
    assertNull(staff.background(), "null in the example");
    assertNull(staff.logo(), "null in the example");
    assertEquals(
        URI.create(
            "http://static-cdn.jtvnw.net/jtv_user_pictures/team-staff-banner_image-1e028d6b6aec8e6a-640x125.jpeg"),
        staff.banner());
  }

  @Test
  void channelsUpdate() {
    // The docs show the request only; the reply is the documented channel with the new values.
    @SuppressWarnings("unchecked")
    Map<String, Object> updated =
        new LinkedHashMap<>(
            (Map<String, Object>)
                ExampleServer.example("channels.get", null).response().orElseThrow());
    updated.put("status", "Playing cool new game!");
    updated.put("game", "Diablo");
    server.script("channels.update", Reply.json(200, ExampleServer.toJson(updated)));

    Channel channel =
        client
            .channels()
            .update(
                "hebo",
                ChannelUpdate.builder().status("Playing cool new game!").game("Diablo").build());

    RecordedRequest r = assertRequest("channels.update", "PUT", "/kraken/channels/hebo", true);
    assertQuery(r, Map.of());
    assertEquals("application/json", r.header("Content-Type"));
    Object documentedBody =
        ExampleServer.example("channels.update", "request").body().orElseThrow();
    assertEquals(
        JSON.readTree(ExampleServer.toJson(documentedBody)),
        JSON.readTree(r.body()),
        "the body goes under a channel object");
    assertEquals("Playing cool new game!", channel.status());
    assertEquals("Diablo", channel.game());
    assertEquals(20694610L, channel.id());
  }

  @Test
  void channelsUpdateSendsOnlyTheFieldsSet() {
    server.script("channels.update", Reply.json(200, ExampleServer.exampleJson("channels.get")));

    client.channels().update("hebo", ChannelUpdate.builder().game("Diablo").build());

    RecordedRequest r = assertRequest("channels.update", "PUT", "/kraken/channels/hebo", true);
    assertEquals(
        JSON.readTree("{\"channel\": {\"game\": \"Diablo\"}}"),
        JSON.readTree(r.body()),
        "an unset status is left alone, not sent as null");
  }

  @Test
  void channelsCommercial() {
    client.channels().commercial("hebo", ChannelsCommercialParams.builder().length(60).build());

    RecordedRequest r =
        assertRequest("channels.commercial", "POST", "/kraken/channels/hebo/commercial", true);
    assertQuery(r, Map.of());
    assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
    assertEquals(Map.of("length", List.of("60")), r.form());
  }

  @Test
  void channelsVideos() {
    Page<Video> page =
        client
            .channels()
            .videos("vanillatv", ChannelsVideosParams.builder().limit(10).offset(0).build());

    RecordedRequest r =
        assertRequest("channels.videos", "GET", "/kraken/channels/vanillatv/videos", false);
    assertQuery(r, Map.of("limit", "10", "offset", "0"));
    assertEquals(2, page.items().size());
    assertTrue(page.hasNext(), "the example has a next link");
    Video first = page.items().get(0);
    assertEquals("a296529186", first.id());
    assertEquals("ETF2L Week 1: Epsilon vs. Dignitas", first.title());
    assertNull(first.description(), "null in the example");
    assertEquals(23, first.length());
    assertEquals(1, first.views());
    assertEquals(Instant.parse("2011-10-02T19:57:06Z"), first.recordedAt());
    assertEquals(URI.create("http://www.twitch.tv/vanillatv/b/296529186"), first.url());
    assertTrue(first.embed().startsWith("<object type=\"application/x-shockwave-flash\""));
    assertTrue(first.embed().endsWith("</object>"));
    assertEquals(
        URI.create("https://api.twitch.tv/kraken/channels/vanillatv"), first.links().get("owner"));
    assertEquals("a296526250", page.items().get(1).id());
    assertEquals(1296, page.items().get(1).length());
  }

  // ---- videos

  @Test
  void videosGet() {
    Video video = client.videos().get("a328087483");

    RecordedRequest r = assertRequest("videos.get", "GET", "/kraken/videos/a328087483", false);
    assertQuery(r, Map.of());
    assertEquals("a328087483", video.id());
    assertEquals(
        "VanillaTV - Sweden vs Russia - ETF2L Nations Cup - Snakewater [Map3] - Part 3",
        video.description());
    assertEquals(93, video.views());
    assertEquals(204, video.length());
    assertEquals(Instant.parse("2012-08-09T20:49:47Z"), video.recordedAt());
    assertEquals(
        URI.create("http://static-cdn.jtvnw.net/jtv.thumbs/archive-328087483-320x240.jpg"),
        video.preview());
  }

  // ---- streams

  @Test
  void streamsGetOffline() {
    ChannelStream offline = client.streams().get("hebo");

    RecordedRequest r = assertRequest("streams.get", "GET", "/kraken/streams/hebo", false);
    assertQuery(r, Map.of());
    assertNull(offline.stream(), "an offline channel has a null stream");
    assertEquals(
        URI.create("https://api.twitch.tv/kraken/channels/hebo"), offline.links().get("channel"));
  }

  @Test
  void streamsGetOnline() {
    server.useExample("streams.get", "online");

    ChannelStream online = client.streams().get("incontroltv");

    assertRequest("streams.get", "GET", "/kraken/streams/incontroltv", false);
    assertIncontrolStream(online.stream());
    assertEquals(
        Map.of("self", URI.create("https://api.twitch.tv/kraken/streams/live_user_incontroltv")),
        online.links());
  }

  @Test
  void streamsList() {
    // The docs show these two requests without responses; the reply is a documented stream list.
    server.script("streams.list", Reply.json(200, ExampleServer.exampleJson("streams.followed")));
    server.script("streams.list", Reply.json(200, ExampleServer.exampleJson("streams.followed")));

    Page<Stream> diablo =
        client.streams().list(StreamsListParams.builder().game("Diablo III").build());
    Page<Stream> channels =
        client
            .streams()
            .list(
                StreamsListParams.builder()
                    .channel(List.of("incredibleorb", "incontroltv"))
                    .embeddable(true)
                    .limit(5)
                    .build());

    List<RecordedRequest> requests = server.requests();
    assertEquals(2, requests.size());
    RecordedRequest first = requests.get(0);
    assertCommon(first, "streams.list", "GET", "/kraken/streams", false);
    assertQuery(first, Map.of("game", "Diablo III"));
    assertTrue(first.rawQuery().contains("game=Diablo%20III"), first.rawQuery());
    RecordedRequest second = requests.get(1);
    assertCommon(second, "streams.list", "GET", "/kraken/streams", false);
    assertQuery(
        second, Map.of("channel", "incredibleorb,incontroltv", "embeddable", "true", "limit", "5"));
    assertTrue(second.rawQuery().contains("channel=incredibleorb,incontroltv"), second.rawQuery());

    assertEquals(1, diablo.items().size());
    assertIncontrolStream(diablo.items().get(0));
    assertIncontrolStream(channels.items().get(0));
  }

  @Test
  void streamsFeatured() {
    Page<FeaturedStream> page =
        client.streams().featured(StreamsFeaturedParams.builder().limit(25).offset(0).build());

    RecordedRequest r = assertRequest("streams.featured", "GET", "/kraken/streams/featured", false);
    assertQuery(r, Map.of("limit", "25", "offset", "0"));
    assertTrue(page.hasNext());
    FeaturedStream featured = page.items().get(0);
    assertEquals(
        URI.create("http://s.jtvnw.net/jtv_user_pictures/hosted_images/therun.jpg"),
        featured.image());
    assertTrue(featured.text().startsWith("This is the run!"));
    Stream stream = featured.stream();
    assertEquals(140552367L, stream.id());
    assertEquals("live_user_siglemic", stream.name());
    assertEquals(4821, stream.viewers());
    assertNull(stream.createdAt(), "absent from the example");
    assertNull(stream.partner(), "absent from the example");
    Channel channel = stream.channel();
    assertEquals(22552349L, channel.id());
    assertNull(channel.logo(), "null in the example");
    assertNull(channel.banner(), "null in the example");
    assertEquals(Boolean.FALSE, channel.mature());
    assertEquals(List.of(), channel.teams());
  }

  @Test
  void streamsSummary() {
    StreamSummary all = client.streams().summary();
    StreamSummary perGame =
        client.streams().summary(StreamsSummaryParams.builder().game("Diablo III").build());

    List<RecordedRequest> requests = server.requests();
    assertEquals(2, requests.size());
    assertCommon(requests.get(0), "streams.summary", "GET", "/kraken/streams/summary", false);
    assertQuery(requests.get(0), Map.of());
    assertQuery(requests.get(1), Map.of("game", "Diablo III"));
    assertEquals(194774, all.viewers());
    assertEquals(4144, all.channels());
    assertEquals(
        Map.of("self", URI.create("https://api.twitch.tv/kraken/streams/summary")), all.links());
    assertEquals(all, perGame);
  }

  @Test
  void streamsFollowed() {
    Page<Stream> page =
        client.streams().followed(StreamsFollowedParams.builder().limit(25).offset(0).build());

    RecordedRequest r = assertRequest("streams.followed", "GET", "/kraken/streams/followed", true);
    assertQuery(r, Map.of("limit", "25", "offset", "0"));
    assertEquals(1, page.items().size());
    assertIncontrolStream(page.items().get(0));
    assertTrue(page.hasNext());
  }

  // ---- games

  @Test
  void gamesTop() {
    Page<TopGame> page = client.games().top(GamesTopParams.builder().limit(10).offset(0).build());

    RecordedRequest r = assertRequest("games.top", "GET", "/kraken/games/top", false);
    assertQuery(r, Map.of("limit", "10", "offset", "0"));
    TopGame top = page.items().get(0);
    assertEquals(23873, top.viewers());
    assertEquals(305, top.channels());
    Game game = top.game();
    assertEquals(21779L, game.id());
    assertEquals("League of Legends", game.name());
    assertEquals(24024L, game.giantbombId());
    assertEquals(Map.of(), game.links(), "an empty _links object");
    assertNull(game.images(), "absent from the example");
    assertNull(game.popularity(), "absent from the example");
    assertEquals(
        URI.create(
            "http://static-cdn.jtvnw.net/ttv-boxart/League%20of%20Legends.jpg?w=52&h=72&fit=scale"),
        game.box().small());
    assertEquals(
        "http://static-cdn.jtvnw.net/ttv-logoart/League%20of%20Legends.jpg?w={width}&h={height}&fit=scale",
        game.logo().template());
  }

  // ---- search

  @Test
  void searchStreams() {
    Page<Stream> page =
        client
            .search()
            .streams("starcraft", SearchStreamsParams.builder().limit(10).offset(0).build());

    RecordedRequest r = assertRequest("search.streams", "GET", "/kraken/search/streams", false);
    assertQuery(r, Map.of("query", "starcraft", "limit", "10", "offset", "0"));
    assertTrue(page.hasNext());
    Stream stream = page.items().get(0);
    assertEquals(3624658944L, stream.id(), "larger than an int");
    assertEquals("live_user_valkyrietv", stream.name());
    assertEquals("Dark Souls", stream.game());
    assertEquals(35, stream.viewers());
    assertEquals(Boolean.FALSE, stream.partner());
    assertNull(stream.channelId(), "absent from the example");
    Channel channel = stream.channel();
    assertEquals(24801241L, channel.id());
    assertNull(channel.mature(), "null in the example");
    assertNull(channel.banner(), "null in the example");
    assertNull(channel.videoBanner(), "null in the example");
    assertEquals("Valkyrie Plays Dark Souls - Strength Build", channel.status());
    assertEquals(5, channel.links().size());
  }

  @Test
  void searchGames() {
    GameSearchResult result =
        client
            .search()
            .games("star", SearchType.SUGGEST, SearchGamesParams.builder().live(true).build());

    RecordedRequest r = assertRequest("search.games", "GET", "/kraken/search/games", false);
    assertQuery(r, Map.of("query", "star", "type", "suggest", "live", "true"));
    Game game = result.games().get(0);
    assertEquals(63011880L, game.id());
    assertEquals("StarCraft II: Wings of Liberty", game.name());
    assertEquals(20674L, game.giantbombId());
    assertEquals(114, game.popularity());
    assertEquals(Map.of(), game.links());
    assertEquals(
        URI.create(
            "http://media.giantbomb.com/uploads/0/30/1319229-sc2_se_2d_rgb_web_na_super.jpg"),
        game.images().super_());
    assertEquals(
        URI.create("https://api.twitch.tv/kraken/search/games?q=star&type=suggest"),
        result.links().get("self"));
  }

  // ---- teams, chat, ingests

  @Test
  void teamsGet() {
    Team team = client.teams().get("eg");

    RecordedRequest r = assertRequest("teams.get", "GET", "/kraken/teams/eg", false);
    assertQuery(r, Map.of());
    assertEquals(2L, team.id());
    assertEquals("eg", team.name());
    assertEquals("Evil Geniuses", team.displayName());
    assertEquals("Team Info\n", team.info());
    assertEquals(Instant.parse("2011-10-11T23:59:43Z"), team.createdAt());
    assertEquals(Instant.parse("2012-01-15T19:43:40Z"), team.updatedAt());
  }

  @Test
  void chatGet() {
    Chat chat = client.chat().get("kraken_test_user");

    RecordedRequest r = assertRequest("chat.get", "GET", "/kraken/chat/kraken_test_user", false);
    assertQuery(r, Map.of());
    assertEquals(
        Map.of(
            "self", URI.create("https://api.twitch.tv/kraken/chat/kraken_test_user"),
            "emoticons",
            URI.create("https://api.twitch.tv/kraken/chat/kraken_test_user/emoticons")),
        chat.links());
  }

  @Test
  void chatEmoticons() {
    EmoticonList list = client.chat().emoticons("kraken_test_user");

    RecordedRequest r =
        assertRequest("chat.emoticons", "GET", "/kraken/chat/kraken_test_user/emoticons", false);
    assertQuery(r, Map.of());
    assertEquals(2, list.emoticons().size());
    Emoticon meow = list.emoticons().get(0);
    assertEquals("MeoW", meow.regex());
    assertEquals(32, meow.height());
    assertEquals(28, meow.width());
    assertTrue(meow.subscriberOnly());
    Emoticon heart = list.emoticons().get(1);
    assertEquals("\\&lt\\;3", heart.regex());
    assertFalse(heart.subscriberOnly());
  }

  @Test
  void ingestsList() {
    IngestList list = client.ingests().list();

    RecordedRequest r = assertRequest("ingests.list", "GET", "/kraken/ingests", false);
    assertQuery(r, Map.of());
    Ingest amsterdam = list.ingests().get(0);
    assertEquals(24L, amsterdam.id());
    assertEquals("EU: Amsterdam, NL", amsterdam.name());
    assertFalse(amsterdam.default_());
    assertEquals("rtmp://live-ams.twitch.tv/app/{stream_key}", amsterdam.urlTemplate());
    assertEquals(1.0, amsterdam.availability());
  }

  // ---- oauth2

  @Test
  void oauth2TokenAuthorizationCode() {
    AccessToken token =
        client
            .oauth2()
            .token(
                "app-id",
                "app-secret",
                GrantType.AUTHORIZATION_CODE,
                Oauth2TokenParams.builder()
                    .redirectUri(URI.create("https://example.com/callback"))
                    .code("the-code")
                    .build());

    RecordedRequest r = assertRequest("oauth2.token", "POST", "/kraken/oauth2/token", false);
    assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
    assertEquals(
        Map.of(
            "client_id", List.of("app-id"),
            "client_secret", List.of("app-secret"),
            "grant_type", List.of("authorization_code"),
            "redirect_uri", List.of("https://example.com/callback"),
            "code", List.of("the-code")),
        r.form());
    assertEquals("[user access token]", token.accessToken());
    assertEquals(List.of("user_read", "channel_read"), token.scope());
  }

  @Test
  void oauth2TokenPassword() {
    server.useExample("oauth2.token", "password_curl");

    AccessToken token =
        client
            .oauth2()
            .token(
                "<myclient>",
                "<myclientsecret>",
                GrantType.PASSWORD,
                Oauth2TokenParams.builder()
                    .username("<myuser>")
                    .password("<mypass>")
                    .scope(List.of("user_read"))
                    .build());

    RecordedRequest r = assertRequest("oauth2.token", "POST", "/kraken/oauth2/token", false);
    Map<String, List<String>> documented = new LinkedHashMap<>();
    ExampleServer.example("oauth2.token", "password_curl")
        .formParams()
        .forEach((k, v) -> documented.put(k, List.of(wire(v))));
    assertEquals(documented, r.form());
    assertEquals("df4yofxyn2s7640ojfrh9chz8", token.accessToken());
    assertEquals(List.of("user_read"), token.scope());
  }

  // ---- helpers

  /** The one request received: operation, method, raw path, media type, credentials. */
  private static RecordedRequest assertRequest(
      String operationId, String method, String rawPath, boolean authenticated) {
    RecordedRequest r = server.onlyRequest();
    assertCommon(r, operationId, method, rawPath, authenticated);
    return r;
  }

  private static void assertCommon(
      RecordedRequest r, String operationId, String method, String rawPath, boolean authenticated) {
    assertEquals(operationId, r.operationId(), r::toString);
    assertEquals(method, r.method());
    assertEquals(rawPath, r.rawPath());
    assertEquals(MEDIA_TYPE, r.header("Accept"));
    assertEquals(List.of(CLIENT_ID), r.query().get("client_id"), "the client id, once");
    if (authenticated) {
      assertEquals("OAuth " + TOKEN, r.header("Authorization"));
    }
  }

  /** The decoded query is exactly {@code expected} plus the client id. */
  private static void assertQuery(RecordedRequest r, Map<String, String> expected) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    expected.forEach((k, v) -> all.put(k, List.of(v)));
    all.put("client_id", List.of(CLIENT_ID));
    assertEquals(all, r.query(), r::toString);
  }

  /** A spec example value as it travels: lists space-separated (the scope style). */
  private static String wire(Object value) {
    if (value instanceof List<?> list) {
      return String.join(" ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private static void assertHebo(User user) {
    assertEquals(21229404L, user.id());
    assertEquals("hebo", user.name());
    assertEquals("Hebo", user.displayName());
    assertEquals(Instant.parse("2011-03-19T15:42:22Z"), user.createdAt());
    assertEquals(Instant.parse("2012-06-14T00:14:27Z"), user.updatedAt());
    assertEquals(
        URI.create(
            "http://static-cdn.jtvnw.net/jtv_user_pictures/hebo-profile_image-6947308654ad603f-300x300.jpeg"),
        user.logo());
    assertEquals(
        Map.of("self", URI.create("https://api.twitch.tv/kraken/users/hebo")), user.links());
  }

  /** The documented incontroltv stream, with its legacy timestamps. */
  private static void assertIncontrolStream(Stream stream) {
    assertEquals(138658440L, stream.id());
    assertEquals("live_user_incontroltv", stream.name());
    assertEquals("StarCraft II: Wings of Liberty", stream.game());
    assertEquals(3505, stream.viewers());
    assertEquals("fme", stream.broadcaster());
    assertEquals("US", stream.geo());
    assertEquals(20248706L, stream.channelId());
    assertEquals(0, stream.delayLength());
    assertNull(stream.partner(), "absent from the example");
    // "Tue Jul 24 13:22:26 2012", the docs' legacy stream format, read as UTC.
    assertEquals(Instant.parse("2012-07-24T13:22:26Z"), stream.createdAt());
    assertEquals(Instant.parse("2012-07-24T15:33:39Z"), stream.updatedAt());
    Channel channel = stream.channel();
    assertEquals(20248706L, channel.id());
    assertEquals("iNcontroLTV", channel.displayName());
    assertNull(channel.mature(), "null in the example");
    assertEquals(Instant.parse("2012-07-24T20:22:26Z"), channel.updatedAt());
    assertEquals("eg", channel.teams().get(0).name());
    assertEquals(
        URI.create("https://api.twitch.tv/kraken/channels/incontroltv/stream_key"),
        channel.links().get("stream_key"));
  }
}
