package uk.nhs.icb.caseworkflows.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP/1.1 request written byte for byte on a socket of its own, for what Java's HTTP client
 * will not send: any method, a Transfer-Encoding of the caller's choosing, header values with bytes
 * a client would refuse, both a length and a chunked body. One request per connection ({@code
 * Connection: close}), so a request the server cannot frame ends with the connection.
 */
final class RawHttp {

  /** A header as written: name and value, in the order given. */
  record Header(String name, String value) {}

  private RawHttp() {}

  /**
   * Sends {@code method target} (the target under the application's root, query included) with
   * exactly {@code headers} (Host and Connection are added; a Content-Length too, unless a header
   * already frames the body) and {@code body}; the answer as {@link Api.Answer}.
   *
   * @throws IOException when the server closes the connection or is silent for 60 s
   */
  static Api.Answer send(URI base, String method, String target, List<Header> headers, byte[] body)
      throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    write(request, method + " " + base.getRawPath() + target + " HTTP/1.1\r\n");
    write(request, "Host: " + base.getHost() + ":" + base.getPort() + "\r\n");
    write(request, "Connection: close\r\n");
    boolean framed = false;
    for (Header header : headers) {
      write(request, header.name() + ": " + header.value() + "\r\n");
      String name = header.name().toLowerCase(Locale.ROOT);
      framed |= name.equals("content-length") || name.equals("transfer-encoding");
    }
    if (!framed) {
      write(request, "Content-Length: " + body.length + "\r\n");
    }
    write(request, "\r\n");
    request.write(body);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    // Header text goes out as ISO-8859-1, one byte a character, as HTTP/1.1 defines its octets.
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Api.Answer parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete answer: " + text.length() + " bytes");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
      body = dechunk(body);
    }
    HttpHeaders answerHeaders = HttpHeaders.of(headers, (name, value) -> true);
    return new Api.Answer(
        status,
        answerHeaders.firstValue("Content-Type").orElse(""),
        new String(body, StandardCharsets.UTF_8),
        answerHeaders);
  }

  private static byte[] dechunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(chunked);
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          return out.toByteArray();
        }
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.readNBytes(2);
    }
  }
}
