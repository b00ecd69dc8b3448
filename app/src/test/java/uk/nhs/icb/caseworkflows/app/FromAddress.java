package uk.nhs.icb.caseworkflows.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP Basic GET sent from a chosen loopback address (127.0.0.2, 127.0.1.7 ...), so that a test
 * on one machine can be a stranger elsewhere: the server sees that address as the request's source.
 * Java 17's HttpClient cannot choose its local address, so this writes the request on a socket of
 * its own; only the status line and headers are read.
 */
final class FromAddress {

  record Answer(int status, Map<String, String> headers) {}

  private FromAddress() {}

  static Answer get(URI base, String localAddress, String user, String password, String path) {
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(60_000);
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      String credentials =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      String request =
          "GET "
              + base.resolve(path).getRawPath()
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + base.getPort()
              + "\r\nAuthorization: Basic "
              + credentials
              + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      String statusLine = in.readLine();
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).trim());
        }
      }
      return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
