package uk.earlyhelp.portal.errorpage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written byte by byte over a socket, for the requests no HTTP client will send (a {@code %00} path, a header
 * line without a colon, an unknown protocol version): what Tomcat answers before the portal sees anything.
 */
final class RawHttp {

    /** An answer: its status line's code, its header block as sent, and its body. */
    record Answer(int status, String headers, String body) {

        boolean hasHeader(String name) {
            return headers.toLowerCase(Locale.ROOT).contains("\r\n" + name.toLowerCase(Locale.ROOT) + ":");
        }
    }

    private RawHttp() {
    }

    /** {@code head} is the request line and header lines, without the blank line that ends them. */
    static Answer send(int port, String head, byte[] content) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            byte[] answer = readAll(socket.getInputStream());
            int endOfHeaders = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String headers = new String(answer, 0, endOfHeaders < 0 ? answer.length : endOfHeaders, StandardCharsets.ISO_8859_1);
            int bodyStart = endOfHeaders < 0 ? answer.length : endOfHeaders + 4;
            boolean chunked = headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
            byte[] body = chunked ? unchunked(answer, bodyStart) : Arrays.copyOfRange(answer, bodyStart, answer.length);
            return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    static Answer send(int port, String head) throws IOException {
        return send(port, head, new byte[0]);
    }

    private static byte[] unchunked(byte[] answer, int from) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] lineEnd = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = from;
        while (at < answer.length) {
            int sizeEnd = indexOf(answer, lineEnd, at);
            int size = Integer.parseInt(new String(answer, at, sizeEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(answer, sizeEnd + 2, size);
            at = sizeEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] target, int from) {
        for (int i = from; i <= data.length - target.length; i++) {
            if (Arrays.equals(data, i, i + target.length, target, 0, target.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException | SocketException closedWhileUploading) {
            // Tomcat may close the connection before it has read a refused body; what it answered is kept.
        }
        return answer.toByteArray();
    }
}
