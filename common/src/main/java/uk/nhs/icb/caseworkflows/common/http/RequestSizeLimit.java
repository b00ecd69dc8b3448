package uk.nhs.icb.caseworkflows.common.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body larger than {@code app.http.max-request-bytes} (default 1 MiB) with 413
 * problem+json, before any parser sees it. A declared length is checked at once; an API body sent
 * without one (chunked) is read up to the limit and refused if it goes beyond.
 */
@WebFilter(filterName = "request-size-limit", urlPatterns = "/*")
public class RequestSizeLimit extends HttpFilter {

  static final String LIMIT_KEY = "app.http.max-request-bytes";
  private static final long DRAIN_FACTOR = 16;
  private long limit;

  @Override
  public void init() {
    limit =
        ConfigProvider.getConfig().getOptionalValue(LIMIT_KEY, Long.class).orElse(1024L * 1024L);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(request, response);
      return;
    }
    if (declared < 0 && isApi(request) && request.getHeader("Transfer-Encoding") != null) {
      byte[] body =
          request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
      if (body.length > limit) {
        tooLarge(request, response);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Answers 413. Most HTTP clients only read an answer once they have sent the whole body, so a
   * body up to {@link #DRAIN_FACTOR} times the limit is read and thrown away first; beyond that the
   * connection is closed after the answer instead.
   */
  private void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!drained(request.getInputStream(), limit * DRAIN_FACTOR)) {
      response.setHeader("Connection", "close");
    }
    ProblemResponses.write(
        response,
        413,
        "Content Too Large",
        "The request is larger than the " + limit + " bytes this service accepts.");
  }

  /** Reads and discards the body; false if it goes on beyond {@code most} bytes. */
  private static boolean drained(java.io.InputStream body, long most) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      total += n;
      if (total > most) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** A request whose body has already been read, within the limit. */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body has already been read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      Charset charset =
          getCharacterEncoding() == null
              ? StandardCharsets.UTF_8
              : Charset.forName(getCharacterEncoding());
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
