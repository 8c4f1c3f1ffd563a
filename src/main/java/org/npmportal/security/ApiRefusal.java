package org.npmportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npmportal.base.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to any request under {@code /api/} that the public API does not offer (another method, another
 * address): {@code 404} with an RFC 9457 problem detail in the client's language ({@code Accept-Language}), as
 * the API's other errors. The API has nothing behind a sign-in, so there is nothing to sign in for and nothing
 * to tell apart between "not allowed" and "not there".
 */
@Component
class ApiRefusal implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;

    ApiRefusal(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        refuse(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        refuse(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get(request.getLocale(), "publicApi.noSuchAddress.title"));
        problem.put("status", HttpStatus.NOT_FOUND.value());
        problem.put("detail", messages.get(request.getLocale(), "publicApi.noSuchAddress.detail",
                request.getMethod()));
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
