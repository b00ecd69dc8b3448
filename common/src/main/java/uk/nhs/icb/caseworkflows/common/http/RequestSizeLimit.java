package uk.nhs.icb.caseworkflows.common.http;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentContentCheck;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * Refuses a request body larger than {@code app.http.max-request-bytes} (default 1 MiB) with 413
 * problem+json, before any parser sees it. A declared length is checked at once; an API body sent
 * without one (chunked) is read up to the limit and refused if it goes beyond. The addresses that
 * take a document ({@link UploadPaths}) may carry one up to {@code app.documents.max-bytes}
 * (default 10 MiB), a form {@value #FORM_ALLOWANCE} bytes more for its other fields; a form beyond
 * that gets a page saying how large a file may be.
 */
@WebFilter(filterName = "request-size-limit", urlPatterns = "/*")
public class RequestSizeLimit extends HttpFilter {

  static final String LIMIT_KEY = "app.http.max-request-bytes";
  static final long FORM_ALLOWANCE = 256L * 1024;
  private static final long DRAIN_FACTOR = 16;
  private long limit;
  private long documentLimit;

  @Inject private Instance<UploadPaths> uploadPaths;
  @Inject private PageRenderer pages;

  @Override
  public void init() {
    limit =
        ConfigProvider.getConfig().getOptionalValue(LIMIT_KEY, Long.class).orElse(1024L * 1024L);
    documentLimit = DocumentSettings.configuredMaxBytes();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<UploadPaths.Body> upload = uploadAt(request);
    long allowed = upload.map(this::limitFor).orElse(limit);
    long declared = request.getContentLengthLong();
    if (declared > allowed) {
      tooLarge(request, response, allowed, upload);
      return;
    }
    boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
    if (chunked && upload.equals(Optional.of(UploadPaths.Body.FORM))) {
      // The container parses a form from the connection, not from a buffer of ours; browsers
      // always say how long a form is.
      ProblemResponses.write(
          response, 411, "Length Required", "A form with a file must say its Content-Length.");
      return;
    }
    if (chunked && isApi(request)) {
      byte[] body =
          request.getInputStream().readNBytes((int) Math.min(allowed + 1, Integer.MAX_VALUE));
      if (body.length > allowed) {
        tooLarge(request, response, allowed, upload);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private long limitFor(UploadPaths.Body body) {
    return body == UploadPaths.Body.FORM ? documentLimit + FORM_ALLOWANCE : documentLimit;
  }

  private Optional<UploadPaths.Body> uploadAt(HttpServletRequest request) {
    if (uploadPaths == null) {
      return Optional.empty();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return uploadPaths.stream()
        .map(paths -> paths.documentAt(request.getMethod(), path))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Answers 413. Most HTTP clients only read an answer once they have sent the whole body, so a
   * body up to {@link #DRAIN_FACTOR} times the limit is read and thrown away first; beyond that the
   * connection is closed after the answer instead. A form with a file gets a page, in the words of
   * the form's own message.
   */
  private void tooLarge(
      HttpServletRequest request,
      HttpServletResponse response,
      long allowed,
      Optional<UploadPaths.Body> upload)
      throws IOException {
    if (!drained(request.getInputStream(), allowed * DRAIN_FACTOR)) {
      response.setHeader("Connection", "close");
    }
    if (upload.equals(Optional.of(UploadPaths.Body.FORM)) && pages != null) {
      pages.render(
          request,
          response,
          new PageView(
              "The selected file is too large",
              "common/too-large",
              Map.of(
                  "message",
                  DocumentContentCheck.sentenceFor(
                      DocumentContentCheck.Refusal.TOO_LARGE,
                      DocumentSettings.inWords(documentLimit)),
                  "back",
                  request.getRequestURI()),
              413));
      return;
    }
    ProblemResponses.write(
        response,
        413,
        "Content Too Large",
        "The request is larger than the " + allowed + " bytes this address accepts.");
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
