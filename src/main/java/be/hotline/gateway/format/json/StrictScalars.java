package be.hotline.gateway.format.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The contract's scalar types, strictly: a string only from a JSON string, a boolean only from true or false.
 * Jackson's own deserializers refuse a coercion by throwing, past every problem handler, so each such value
 * would end the bind; these hand it to the handler instead ({@link ShapeFaultCollector}), which names it and
 * lets the one bind go on.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        return new SimpleModule("strict-scalars")
                .addDeserializer(String.class, new StrictString())
                .addDeserializer(Boolean.class, new StrictBoolean());
    }

    private static final class StrictString extends StdScalarDeserializer<String> {

        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.currentToken() == JsonToken.VALUE_STRING
                    ? parser.getText()
                    : (String) context.handleUnexpectedToken(String.class, parser);
        }
    }

    private static final class StrictBoolean extends StdScalarDeserializer<Boolean> {

        StrictBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser); // null once named: no unboxing

        }
    }
}
