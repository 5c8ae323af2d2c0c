package eu.topcop.learn.enrolment;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.time.ReaderTime;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A notification's subject and body as keys of a message bundle with their arguments, kept with the notification
 * (as JSON) so that it can be written in whatever language its reader reads in when they read it, not only in the
 * one they had when it was written. Arguments that depend on the language (a text per language, a date, "online")
 * are kept as such and put into words at reading time, a moment in the reader's time zone.
 *
 * <p>{@code bundle} is the name of a Qute {@code @MessageBundle} interface; its methods take Strings only.
 */
public record NoticeText(String bundle, Line subject, Line body) {

    /** One message: a method of the bundle and its arguments. */
    public record Line(String key, List<Arg> args) {}

    /** One argument: exactly one of its parts is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arg(String text, Map<String, String> texts, String date, String until, String at, Boolean online) {

        public static Arg of(Object value) {
            if (value instanceof Arg arg) {
                return arg;
            }
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, String> texts = (Map<String, String>) map;
                return new Arg(null, texts, null, null, null, null);
            }
            return new Arg(value == null ? "" : value.toString(), null, null, null, null, null);
        }

        public static Arg date(LocalDate day) {
            return new Arg(null, null, day.toString(), null, null, null);
        }

        public static Arg period(LocalDate from, LocalDate to) {
            return new Arg(null, null, from.toString(), to.toString(), null, null);
        }

        public static Arg time(Instant at) {
            return new Arg(null, null, null, null, at.toString(), null);
        }

        /**
         * A text the caller puts into words per language (a sentence of its own bundle, a list of names with a
         * phrase around each): kept for every language, so that the reader's language of the day picks one.
         */
        public static Arg perLanguage(java.util.function.Function<Language, String> text) {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            for (Language language : Language.SUPPORTED) {
                texts.put(language.code(), text.apply(language));
            }
            return new Arg(null, texts, null, null, null, null);
        }

        /** "Online", as a place. */
        public static Arg onlineDelivery() {
            return new Arg(null, null, null, null, null, true);
        }

        String in(Language language, ZoneId zone) {
            if (texts != null) {
                return Localized.pick(texts, language).text();
            }
            ReaderTime reader = ReaderTime.of(zone, language.locale());
            if (date != null) {
                String from = reader.longDate(LocalDate.parse(date));
                return until == null ? from : from + " – " + reader.longDate(LocalDate.parse(until));
            }
            if (at != null) {
                return reader.longDateTime(Instant.parse(at));
            }
            if (Boolean.TRUE.equals(online)) {
                return MessageBundles.get(AppMessages.class, locale(language)).delivery_online();
            }
            return text == null ? "" : text;
        }
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A text of {@code bundle}'s messages; give it its subject and body. */
    public static NoticeText in(Class<?> bundle) {
        return new NoticeText(bundle.getName(), null, null);
    }

    /** Arguments: Strings, texts per language (a Map) or {@link Arg}s. */
    public NoticeText subject(String key, Object... args) {
        return new NoticeText(bundle, line(key, args), body);
    }

    public NoticeText body(String key, Object... args) {
        return new NoticeText(bundle, subject, line(key, args));
    }

    /** The subject in the reader's language, its moments in their zone. */
    public String subjectIn(Language language, ZoneId zone) {
        return render(subject, language, zone);
    }

    public String bodyIn(Language language, ZoneId zone) {
        return render(body, language, zone);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject and body of a stored text in the reader's language, or null when it cannot be read. */
    static String[] read(String json, Language language, ZoneId zone) {
        if (json == null) {
            return null;
        }
        try {
            NoticeText text = JSON.readValue(json, NoticeText.class);
            return new String[] {text.subjectIn(language, zone), text.bodyIn(language, zone)};
        } catch (JsonProcessingException | RuntimeException unreadable) {
            // A key renamed since the row was written: its stored text still says what happened.
            return null;
        }
    }

    private static Line line(String key, Object... args) {
        return new Line(key, Arrays.stream(args).map(Arg::of).toList());
    }

    private String render(Line line, Language language, ZoneId zone) {
        try {
            Class<?> type = Class.forName(bundle, true, Thread.currentThread().getContextClassLoader());
            Class<?>[] strings = new Class<?>[line.args().size()];
            Arrays.fill(strings, String.class);
            Method message = type.getMethod(line.key(), strings);
            List<String> values = new ArrayList<>();
            for (Arg arg : line.args()) {
                values.add(arg.in(language, zone));
            }
            return (String) message.invoke(MessageBundles.get(type, locale(language)), values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No message " + bundle + "." + line.key(), e);
        }
    }

    private static io.quarkus.qute.i18n.Localized locale(Language language) {
        return io.quarkus.qute.i18n.Localized.Literal.of(language.code());
    }
}
