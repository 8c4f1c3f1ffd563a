package org.npmportal.registration.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.RegistrationRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's JSON body as a {@link RegistrationRequest}, read strictly so that a client's mistake is
 * named rather than guessed at: texts must be JSON strings (no number becomes a name), consents
 * {@code true} or {@code false} (absent means no), the language one of {@code en}, {@code ru},
 * {@code kk}. Every such problem is reported at once, by JSON property. Properties the API does not know
 * are ignored, so that a client may send more than it needs to. The rules on the values themselves
 * (lengths, letters, consent given) are the service's, as for the form.
 */
final class RegistrationJson {

    /** The name under which problems with the body as a whole are reported. */
    static final String BODY = "body";

    /** Duplicate properties are refused: which of two names would the person have meant? */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Where the JSON property differs from the request's component of the same meaning. */
    private static final Map<String, String> JSON_NAMES = Map.of("regionCode", "region");

    private RegistrationJson() {
    }

    /** @throws InvalidInputException naming the body, or each property of the wrong type */
    static RegistrationRequest read(byte[] body) {
        JsonNode tree = object(body, "registrationApi.body.notObject");
        List<FieldProblem> problems = new ArrayList<>();
        var request = new RegistrationRequest(
                text(tree, "fullName", problems),
                text(tree, "email", problems),
                text(tree, "organisation", problems),
                text(tree, "position", problems),
                text(tree, "region", problems),
                language(tree, problems),
                text(tree, "needs", problems),
                flag(tree, "consentProcessing", problems),
                flag(tree, "consentListing", problems),
                text(tree, "website", problems),
                text(tree, "invitationToken", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return request;
    }

    /**
     * The body as a JSON object, for every JSON body of the registration API.
     *
     * @param notObjectKey the message when the body is valid JSON but no object
     * @throws InvalidInputException naming the body
     */
    static JsonNode object(byte[] body, String notObjectKey) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInputException(BODY, "registrationApi.body.malformed");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(BODY, notObjectKey);
        }
        return tree;
    }

    /** The JSON property for a field the service names after {@link RegistrationRequest}'s components. */
    static String jsonName(String field) {
        return JSON_NAMES.getOrDefault(field, field);
    }

    /** Whether the body holds nothing but JSON white space. */
    static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode tree, String name, List<FieldProblem> problems) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(name, "registrationApi.field.text"));
            return null;
        }
        return value.stringValue();
    }

    private static boolean flag(JsonNode tree, String name, List<FieldProblem> problems) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(new FieldProblem(name, "registrationApi.field.boolean"));
            return false;
        }
        return value.booleanValue();
    }

    /** Absent or blank is left to the service, which asks for a language like the form does. */
    private static Language language(JsonNode tree, List<FieldProblem> problems) {
        String tag = text(tree, "language", problems);
        if (tag == null || tag.isBlank()) {
            return null;
        }
        var language = Language.fromTag(tag);
        if (language.isEmpty()) {
            problems.add(new FieldProblem("language", "registrationApi.field.language"));
        }
        return language.orElse(null);
    }
}
