package uk.nhs.icb.caseworkflows.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile variants of a servlet form post that succeeds ({@link PageCases.Success}), as a browser
 * or an attacker could send them: the form's fields (the hidden ones its page draws included) too
 * long, with control characters, NUL, a wrong type, missing, duplicated, Unicode oddities, markup,
 * broken percent-encoding, unknown fields added or the whole body replaced; the anti-forgery token
 * missing, wrong, another session's or repeated; its headers; its address; its method; and a caller
 * the page matrix refuses or nobody signed in. A form that uploads a file is posted as
 * multipart/form-data, as its page sends it, and its variants change the file instead of the
 * fields: a type that must be refused, an empty or oversized file, none, a hostile name or declared
 * type, two files. Each variant changes one thing of the valid post and keeps the rest, so its
 * refusal is about that thing. Drawn from a seed.
 */
final class HostileForms {

  /** The part of a form post a variant changes. */
  enum Surface {
    FIELD,
    TOKEN,
    HEADER,
    PATH,
    METHOD,
    CALLER
  }

  /**
   * What a refused variant must be answered with: anything but a server error ({@link #ANY}), the
   * expired-page refusal of a post without its session's token, the page matrix's answers to a role
   * (forbidden, hidden, the form shown again with "Only a ..."), or the sign-in page.
   */
  enum Expected {
    ANY,
    EXPIRED,
    FORBIDDEN,
    HIDDEN,
    FORM_REFUSAL,
    SIGN_IN,
    /** Anything but a server error, and never taken: an upload the form must not store. */
    REFUSED;

    /** What is wrong with {@code answer} for this expectation; null when it is right. */
    String wrongWith(Api.Answer answer) {
      String location = answer.headers().firstValue("Location").orElse("");
      boolean expiredPage = answer.body().contains("This page has expired");
      boolean right =
          switch (this) {
            case ANY, REFUSED -> answer.status() < 500;
            case EXPIRED -> answer.status() == 403 && expiredPage;
            case FORBIDDEN -> answer.status() == 403 && !expiredPage;
            case HIDDEN -> answer.status() == 404;
            case FORM_REFUSAL -> answer.status() == 400 && answer.body().contains("Only a");
            case SIGN_IN -> answer.status() == 302 && location.endsWith("/login");
          };
      return right ? null : answer.status() + " " + location + " (expected " + this + ")";
    }
  }

  /** A field as written: its name and its value already percent-encoded, byte for byte. */
  record Field(String name, String encoded) {
    static Field of(String name, String value) {
      return new Field(encode(name), encode(value));
    }
  }

  /**
   * A form as its page draws it for one session: the address it posts to, its fields in order
   * (hidden ones and what is typed; the token apart), the session's token, and the file it uploads
   * (null for a form that uploads none).
   */
  record Form(String action, List<Field> fields, String token, PageCases.Document document) {

    /**
     * The form of {@code success} as {@code page} (the form's page, as the role sees it) draws it.
     */
    static Form of(PageCases.Success success, String page) {
      Map<String, String> all = new LinkedHashMap<>();
      Matcher hidden = HIDDEN.matcher(page);
      while (hidden.find()) {
        all.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
      }
      all.putAll(success.fields());
      String token = all.remove(TOKEN);
      if (token == null) {
        throw new IllegalStateException("no anti-forgery token on " + success.page());
      }
      List<Field> fields = new ArrayList<>();
      all.forEach((name, value) -> fields.add(Field.of(name, value)));
      return new Form(success.action(), List.copyOf(fields), token, success.document());
    }
  }

  /** One post as it will be written: the caller's role ({@code null}: no session cookie). */
  record Variant(
      Surface surface,
      String method,
      String target,
      String caller,
      List<RawHttp.Header> headers,
      byte[] body,
      Expected expected,
      String what) {}

  static final String TOKEN = "csrfToken";

  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  /**
   * The largest document a case accepts as this deployment is configured (app.documents.max-bytes).
   */
  static final int DOCUMENT_LIMIT = 10 * 1024 * 1024;

  /** A body as posted: its Content-Type and its bytes. */
  private record Posted(String contentType, byte[] body) {

    List<RawHttp.Header> headers() {
      return List.of(new RawHttp.Header("Content-Type", contentType));
    }
  }

  /** A file part of a multipart post: its file name, declared type and bytes. */
  private record FilePart(String name, String type, byte[] content) {}

  private static final Pattern HIDDEN =
      Pattern.compile(
          "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");

  private static final List<String> PATH_VALUES =
      List.of(
          "none",
          "0",
          "..",
          "%2e%2e",
          "%00",
          "%2F",
          "%0d%0aX-Injected:%201",
          "%27%20OR%20%271%27%3D%271",
          "%3Cscript%3E",
          "%E2%80%AEevil",
          "%C0%80",
          "%FF%FE",
          "99999999999999999999999999");

  private static final List<String> PATH_TAILS =
      List.of("/", "//", "/x", ";jsessionid=abc", "/..;/", "%20", ".json");

  private static final List<String> METHODS =
      List.of("PUT", "DELETE", "PATCH", "BREW", "TRACE", "OPTIONS", "GET", "HEAD");

  private final PageMatrix.Entry entry;
  private final String role;
  private final List<String> roles;
  private final Function<String, String> tokenOf;
  private final String otherSessionToken;
  private final Random random;
  private final int start;
  private int drawn;

  /**
   * @param entry the page matrix's row of the form
   * @param role the role whose valid post the variants change
   * @param tokenOf the token of a role's own session (a denied role posts with its own)
   * @param otherSessionToken the token of another session of the same person
   */
  HostileForms(
      PageMatrix.Entry entry,
      String role,
      List<String> roles,
      Function<String, String> tokenOf,
      String otherSessionToken,
      long seed) {
    this.entry = entry;
    this.role = role;
    this.roles = roles;
    this.tokenOf = tokenOf;
    this.otherSessionToken = otherSessionToken;
    this.random = new Random(seed);
    this.start = random.nextInt(Surface.values().length);
  }

  /** The next variant of {@code form}: the surfaces in turn from a seeded start. */
  Variant next(Form form) {
    Surface[] surfaces = Surface.values();
    boolean upload = form.document() != null;
    return switch (surfaces[(start + drawn++) % surfaces.length]) {
      case FIELD -> upload ? upload(form) : field(form);
      case TOKEN -> upload ? uploadToken(form) : token(form);
      case HEADER -> upload ? uploadHeader(form) : header(form);
      case PATH -> path(form);
      case METHOD -> method(form);
      case CALLER -> caller(form);
    };
  }

  // --- fields ---------------------------------------------------------------------------------

  private Variant field(Form form) {
    List<Field> fields = new ArrayList<>(form.fields());
    int kind = random.nextInt(fields.isEmpty() ? 3 : 7);
    String what;
    if (kind == 0) {
      String name = pick(HostileFormText.ADDED_NAMES);
      Map.Entry<String, String> value = oddValue();
      fields.add(new Field(encode(name), value.getValue()));
      what = "+" + name + "=" + value.getKey();
    } else if (kind == 1) {
      String whole = pick(List.of("", "&&&", "===", "a", "%", "%zz=1", "a=1&".repeat(20_000)));
      return post(
          Surface.FIELD,
          form.action(),
          List.of(new RawHttp.Header("Content-Type", FORM_TYPE)),
          bytes(TOKEN + "=" + encode(form.token()) + "&" + whole),
          Expected.ANY,
          "token, then a body of " + abbreviate(whole));
    } else if (kind == 2) {
      // The same field many times: the first is valid, the rest too long or odd.
      Field first = fields.isEmpty() ? Field.of("x", "1") : fields.get(0);
      for (int i = 0; i < 50; i++) {
        Map.Entry<String, String> value = oddValue();
        fields.add(
            new Field(first.name(), value.getValue().length() > 20_000 ? "x" : value.getValue()));
      }
      what = first.name() + " 51 times, the first as typed";
    } else {
      int at = random.nextInt(fields.size());
      Field chosen = fields.get(at);
      switch (kind) {
        case 3 -> {
          Map.Entry<String, String> value = oddValue();
          fields.set(at, new Field(chosen.name(), value.getValue()));
          what = chosen.name() + "=" + value.getKey();
        }
        case 4 -> {
          fields.remove(at);
          what = "-" + chosen.name();
        }
        case 5 -> {
          Map.Entry<String, String> value = oddValue();
          boolean hostileFirst = random.nextBoolean();
          Field odd = new Field(chosen.name(), value.getValue());
          fields.add(hostileFirst ? at : at + 1, odd);
          what =
              chosen.name()
                  + " twice, "
                  + (hostileFirst ? "first" : "then")
                  + " as "
                  + value.getKey();
        }
        default -> {
          String wrong = pick(HostileFormText.WRONG_TYPES);
          fields.set(at, new Field(chosen.name(), encode(wrong)));
          what = chosen.name() + "=" + abbreviate(wrong) + " (wrong type)";
        }
      }
    }
    return post(
        Surface.FIELD,
        form.action(),
        List.of(new RawHttp.Header("Content-Type", FORM_TYPE)),
        body(fields, form.token()),
        Expected.ANY,
        what);
  }

  // --- the anti-forgery token -----------------------------------------------------------------

  private Variant token(Form form) {
    String valid = form.token();
    List<Field> fields = form.fields();
    String changed = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");
    String otherRole = pick(roles.stream().filter(r -> !r.equals(role)).toList());
    int kind = random.nextInt(11);
    String what;
    List<Field> sent = new ArrayList<>(fields);
    Expected expected = Expected.EXPIRED;
    String target = form.action();
    switch (kind) {
      case 0 -> what = "no token";
      case 1 -> {
        sent.add(Field.of(TOKEN, ""));
        what = "an empty token";
      }
      case 2 -> {
        sent.add(Field.of(TOKEN, randomToken()));
        what = "a made-up token";
      }
      case 3 -> {
        sent.add(Field.of(TOKEN, tokenOf.apply(otherRole)));
        what = "the token of " + otherRole + "'s session";
      }
      case 4 -> {
        sent.add(Field.of(TOKEN, otherSessionToken));
        what = "the token of another session of the same person";
      }
      case 5 -> {
        sent.add(Field.of(TOKEN, changed));
        what = "the token with its last character changed";
      }
      case 6 -> {
        sent.add(new Field(TOKEN, encode(valid) + "%00"));
        what = "the token and a NUL";
      }
      case 7 -> {
        sent.add(Field.of(TOKEN, valid + "x".repeat(10_000)));
        what = "the token and 10,000 characters";
      }
      case 8 -> {
        sent.add(Field.of(TOKEN, randomToken()));
        sent.add(Field.of(TOKEN, valid));
        what = "a made-up token, then the right one";
      }
      case 9 -> {
        sent.add(Field.of(TOKEN, valid));
        sent.add(Field.of(TOKEN, randomToken()));
        // The first value is the session's own: the post may rightly be taken.
        expected = Expected.ANY;
        what = "the right token, then a made-up one";
      }
      default -> {
        // The token in the address instead of the body, as a link could carry it.
        target = form.action() + "?" + TOKEN + "=" + encode(valid);
        expected = Expected.ANY;
        what = "the token in the query string";
      }
    }
    return new Variant(
        Surface.TOKEN,
        "POST",
        target,
        role,
        List.of(new RawHttp.Header("Content-Type", FORM_TYPE)),
        join(sent),
        expected,
        what);
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // --- headers --------------------------------------------------------------------------------

  private Variant header(Form form) {
    byte[] valid = body(form.fields(), form.token());
    int kind = random.nextInt(14);
    List<RawHttp.Header> headers = new ArrayList<>();
    byte[] body = valid;
    Expected expected = Expected.ANY;
    String caller = role;
    String what;
    switch (kind) {
      case 0 -> {
        headers.add(new RawHttp.Header("Content-Type", "text/plain"));
        expected = Expected.EXPIRED;
        what = "Content-Type: text/plain";
      }
      case 1 -> {
        headers.add(new RawHttp.Header("Content-Type", "application/json"));
        expected = Expected.EXPIRED;
        what = "Content-Type: application/json";
      }
      case 2 -> {
        expected = Expected.EXPIRED;
        what = "no Content-Type";
      }
      case 3 -> {
        headers.add(new RawHttp.Header("Content-Type", "multipart/form-data; boundary=x"));
        expected = Expected.EXPIRED;
        what = "a form body called multipart";
      }
      case 4 -> {
        MultipartForm multipart = new MultipartForm();
        multipart.field(TOKEN, form.token());
        for (Field field : form.fields()) {
          multipart.field(decode(field.name()), decode(field.encoded()));
        }
        headers.add(new RawHttp.Header("Content-Type", multipart.contentType()));
        body = multipart.body();
        what = "the same fields as multipart/form-data";
      }
      case 5 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE + "; charset=nonsense"));
        what = "charset=nonsense";
      }
      case 6 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE + "; charset=UTF-16"));
        what = "charset=UTF-16";
      }
      case 7 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("Cookie", "JSESSIONID=" + UUID.randomUUID()));
        caller = null;
        expected = Expected.SIGN_IN;
        what = "a session cookie that was never issued";
      }
      case 8 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("Origin", "https://evil.example"));
        headers.add(new RawHttp.Header("Referer", "https://evil.example/form"));
        what = "Origin and Referer of another site";
      }
      case 9 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("X-HTTP-Method-Override", "DELETE"));
        what = "X-HTTP-Method-Override: DELETE";
      }
      case 10 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("Transfer-Encoding", "chunked"));
        body = chunked(valid);
        what = "the body chunked";
      }
      case 11 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("Content-Length", String.valueOf(valid.length / 2)));
        what = "a Content-Length of half the body";
      }
      case 12 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(
            new RawHttp.Header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((role + ":wrong").getBytes(StandardCharsets.UTF_8))));
        what = "a wrong password beside the session";
      }
      default -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        headers.add(new RawHttp.Header("Accept", "application/json"));
        what = "Accept: application/json";
      }
    }
    return new Variant(
        Surface.HEADER, "POST", form.action(), caller, headers, body, expected, what);
  }

  // --- the address ----------------------------------------------------------------------------

  private Variant path(Form form) {
    String[] segments = form.action().split("/");
    String[] template = entry.path().split("/");
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < template.length && i < segments.length; i++) {
      if (template[i].startsWith("{")) {
        ids.add(i);
      }
    }
    int choice = random.nextInt(4);
    String target;
    String what;
    if (ids.isEmpty() || choice == 0) {
      String tail = pick(PATH_TAILS);
      target = form.action() + tail;
      what = "tail " + tail;
    } else {
      int at = ids.get(random.nextInt(ids.size()));
      String value =
          switch (choice) {
            case 1 -> UUID.randomUUID().toString();
            case 2 -> pick(PATH_VALUES);
            default ->
                random.nextBoolean()
                    ? segments[at].toUpperCase(java.util.Locale.ROOT)
                    : segments[at] + "x".repeat(random.nextInt(3000) + 1);
          };
      String[] changed = segments.clone();
      changed[at] = value;
      target = String.join("/", changed);
      what = template[at] + "=" + abbreviate(value);
    }
    Posted valid = posted(form, form.token());
    return post(Surface.PATH, target, valid.headers(), valid.body(), Expected.ANY, what);
  }

  // --- the method -----------------------------------------------------------------------------

  private Variant method(Form form) {
    String method = pick(METHODS);
    byte[] valid = body(form.fields(), form.token());
    if (method.equals("GET") || method.equals("HEAD")) {
      // The whole form in the address, as a link or an image could send it.
      String query = new String(valid, StandardCharsets.ISO_8859_1);
      return new Variant(
          Surface.METHOD,
          method,
          form.action() + "?" + query,
          role,
          List.of(),
          new byte[0],
          Expected.ANY,
          method + " with the form in the query");
    }
    Posted posted = posted(form, form.token());
    return new Variant(
        Surface.METHOD,
        method,
        form.action(),
        role,
        posted.headers(),
        posted.body(),
        Expected.ANY,
        method);
  }

  // --- the caller -----------------------------------------------------------------------------

  private Variant caller(Form form) {
    List<String> refused =
        roles.stream().filter(r -> entry.cells().get(r) != PageMatrix.Cell.ALLOW).toList();
    int pick = random.nextInt(refused.size() + 1);
    if (pick == refused.size()) {
      Posted valid = posted(form, form.token());
      return new Variant(
          Surface.CALLER,
          "POST",
          form.action(),
          null,
          valid.headers(),
          valid.body(),
          Expected.SIGN_IN,
          "anonymous");
    }
    String other = refused.get(pick);
    Expected expected =
        switch (entry.cells().get(other)) {
          case HIDDEN -> Expected.HIDDEN;
          case FORM_REFUSAL -> Expected.FORM_REFUSAL;
          default -> Expected.FORBIDDEN;
        };
    // With its own session's token, so the refusal is the role check's, not the token's.
    Posted own = posted(form, tokenOf.apply(other));
    return new Variant(
        Surface.CALLER,
        "POST",
        form.action(),
        other,
        own.headers(),
        own.body(),
        expected,
        "as " + other);
  }

  // --- a form that uploads a file -------------------------------------------------------------

  private Variant upload(Form form) {
    PageCases.Document document = form.document();
    FilePart valid = new FilePart(document.name(), "application/pdf", document.content());
    List<FilePart> files;
    Expected expected = Expected.REFUSED;
    String what;
    switch (random.nextInt(8)) {
      case 0 -> {
        String signature = pick(HostileUploads.REFUSED_SIGNATURES);
        byte[] head = signature.getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = java.util.Arrays.copyOf(head, head.length + 1_000);
        files = List.of(new FilePart(document.name(), "application/pdf", file));
        what = "a refused type named " + document.name() + ": " + printable(signature);
      }
      case 1 -> {
        files = List.of(new FilePart(document.name(), "application/pdf", new byte[0]));
        what = "an empty file";
      }
      case 2 -> {
        // As a browser sends a file input left empty.
        files = List.of(new FilePart("", "application/octet-stream", new byte[0]));
        what = "no file chosen";
      }
      case 3 -> {
        byte[] over = java.util.Arrays.copyOf(document.content(), DOCUMENT_LIMIT + 1);
        files = List.of(new FilePart(document.name(), "application/pdf", over));
        what = "the PDF padded to one byte over the limit";
      }
      case 4 -> {
        files = List.of();
        what = "no file part";
      }
      case 5 -> {
        String name = pick(HostileUploads.NAMES);
        files = List.of(new FilePart(name, "application/pdf", document.content()));
        // A real PDF: it may be taken, under a name the server makes safe.
        expected = Expected.ANY;
        what = "the PDF named " + printable(name);
      }
      case 6 -> {
        String type = pick(HostileUploads.DECLARED_TYPES);
        files =
            List.of(new FilePart(document.name(), type == null ? "" : type, document.content()));
        expected = Expected.ANY;
        what = "the PDF declared " + type;
      }
      default -> {
        byte[] page = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        files = List.of(valid, new FilePart("page.html", "text/html", page));
        expected = Expected.ANY;
        what = "the PDF, then a web page in the same input";
      }
    }
    Posted posted = multipart(form, List.of(form.token()), files);
    return post(Surface.FIELD, form.action(), posted.headers(), posted.body(), expected, what);
  }

  private Variant uploadToken(Form form) {
    String valid = form.token();
    String changed = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");
    String otherRole = pick(roles.stream().filter(r -> !r.equals(role)).toList());
    List<String> tokens;
    Expected expected = Expected.EXPIRED;
    String what;
    switch (random.nextInt(8)) {
      case 0 -> {
        tokens = List.of();
        what = "no token";
      }
      case 1 -> {
        tokens = List.of("");
        what = "an empty token";
      }
      case 2 -> {
        tokens = List.of(randomToken());
        what = "a made-up token";
      }
      case 3 -> {
        tokens = List.of(tokenOf.apply(otherRole));
        what = "the token of " + otherRole + "'s session";
      }
      case 4 -> {
        tokens = List.of(otherSessionToken);
        what = "the token of another session of the same person";
      }
      case 5 -> {
        tokens = List.of(changed);
        what = "the token with its last character changed";
      }
      case 6 -> {
        tokens = List.of(randomToken(), valid);
        what = "a made-up token, then the right one";
      }
      default -> {
        tokens = List.of(valid, randomToken());
        // The first value is the session's own: the post may rightly be taken.
        expected = Expected.ANY;
        what = "the right token, then a made-up one";
      }
    }
    PageCases.Document document = form.document();
    Posted posted =
        multipart(
            form,
            tokens,
            List.of(new FilePart(document.name(), "application/pdf", document.content())));
    return new Variant(
        Surface.TOKEN,
        "POST",
        form.action(),
        role,
        posted.headers(),
        posted.body(),
        expected,
        what);
  }

  private Variant uploadHeader(Form form) {
    Posted valid = posted(form, form.token());
    String boundary = valid.contentType().substring(valid.contentType().indexOf('=') + 1);
    List<RawHttp.Header> headers = new ArrayList<>();
    byte[] body = valid.body();
    Expected expected = Expected.ANY;
    String caller = role;
    String what;
    switch (random.nextInt(8)) {
      case 0 -> {
        headers.add(new RawHttp.Header("Content-Type", "multipart/form-data"));
        what = "multipart without its boundary";
      }
      case 1 -> {
        headers.add(new RawHttp.Header("Content-Type", "multipart/form-data; boundary=other"));
        what = "a boundary the body does not use";
      }
      case 2 -> {
        headers.add(new RawHttp.Header("Content-Type", FORM_TYPE));
        what = "the multipart body called a urlencoded form";
      }
      case 3 -> {
        headers.add(new RawHttp.Header("Content-Type", valid.contentType()));
        headers.add(new RawHttp.Header("Cookie", "JSESSIONID=" + UUID.randomUUID()));
        caller = null;
        expected = Expected.SIGN_IN;
        what = "a session cookie that was never issued";
      }
      case 4 -> {
        headers.add(new RawHttp.Header("Content-Type", valid.contentType()));
        headers.add(new RawHttp.Header("Origin", "https://evil.example"));
        headers.add(new RawHttp.Header("Referer", "https://evil.example/form"));
        what = "Origin and Referer of another site";
      }
      case 5 -> {
        headers.add(new RawHttp.Header("Content-Type", valid.contentType()));
        headers.add(new RawHttp.Header("Transfer-Encoding", "chunked"));
        body = chunked(valid.body());
        what = "the body chunked";
      }
      case 6 -> {
        headers.add(new RawHttp.Header("Content-Type", valid.contentType()));
        headers.add(new RawHttp.Header("Content-Length", String.valueOf(body.length / 2)));
        what = "a Content-Length of half the body";
      }
      default -> {
        headers.add(new RawHttp.Header("Content-Type", valid.contentType()));
        String cut = new String(body, StandardCharsets.ISO_8859_1);
        body = cut.replace("--" + boundary + "--", "").getBytes(StandardCharsets.ISO_8859_1);
        what = "no closing boundary";
      }
    }
    return new Variant(
        Surface.HEADER, "POST", form.action(), caller, headers, body, expected, what);
  }

  /** The valid post of {@code form} with {@code token}: urlencoded, or multipart with its file. */
  private static Posted posted(Form form, String token) {
    if (form.document() == null) {
      return new Posted(FORM_TYPE, body(form.fields(), token));
    }
    PageCases.Document document = form.document();
    return multipart(
        form,
        List.of(token),
        List.of(new FilePart(document.name(), "application/pdf", document.content())));
  }

  /** The form's fields, then each of {@code tokens}, then {@code files} in its file input. */
  private static Posted multipart(Form form, List<String> tokens, List<FilePart> files) {
    MultipartForm multipart = new MultipartForm();
    for (Field field : form.fields()) {
      multipart.field(decode(field.name()), decode(field.encoded()));
    }
    tokens.forEach(token -> multipart.field(TOKEN, token));
    files.forEach(
        file -> multipart.file(form.document().field(), file.name(), file.type(), file.content()));
    return new Posted(multipart.contentType(), multipart.body());
  }

  private static String printable(String text) {
    return abbreviate(text.replaceAll("\\p{Cntrl}", "?"));
  }

  // --- writing --------------------------------------------------------------------------------

  private Variant post(
      Surface surface,
      String target,
      List<RawHttp.Header> headers,
      byte[] body,
      Expected expected,
      String what) {
    return new Variant(surface, "POST", target, role, headers, body, expected, what);
  }

  /** The fields, then the token, as a browser orders a form whose token comes last. */
  static byte[] body(List<Field> fields, String token) {
    List<Field> all = new ArrayList<>(fields);
    all.add(Field.of(TOKEN, token));
    return join(all);
  }

  private static byte[] join(List<Field> fields) {
    StringBuilder text = new StringBuilder();
    for (Field field : fields) {
      if (!text.isEmpty()) {
        text.append('&');
      }
      text.append(field.name()).append('=').append(field.encoded());
    }
    return bytes(text.toString());
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] chunked(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private Map.Entry<String, String> oddValue() {
    List<Map.Entry<String, String>> values = new ArrayList<>(HostileFormText.ODD_VALUES.entrySet());
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String encoded) {
    return java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }
}
