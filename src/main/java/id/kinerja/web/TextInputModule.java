package id.kinerja.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text read from JSON (the REST API's bodies), values and object keys alike, is refused when it holds a NUL byte ({@code \u0000}), with the
 * field named, as {@link InputGuardInterceptor} does for form fields: PostgreSQL cannot store it, and no write may
 * send one. Spring Boot registers this module with the application's JSON mapper.
 */
@Component
public class TextInputModule extends SimpleModule {

    public TextInputModule() {
        super("kinerja-text-input");
        addDeserializer(String.class, new NulRefusingStringDeserializer());
        addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                if (InputGuardInterceptor.hasNul(key)) {
                    throw new NulInTextException(ctxt.getParser(), key);
                }
                return key;
            }
        });
    }

    /** The refusal of a text with a NUL byte. */
    public static final class NulInTextException extends InvalidFormatException {
        NulInTextException(JsonParser p, String value) {
            super(p, "text with a NUL byte", InputGuardInterceptor.clean(value), String.class);
        }
    }

    static final class NulRefusingStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (InputGuardInterceptor.hasNul(value)) {
                throw new NulInTextException(p, value);
            }
            return value;
        }
    }
}
