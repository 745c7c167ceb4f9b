package be.hotline.gateway.format.json;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * Reads a report in our canonical JSON format. Syntax errors are 400; a well-formed document of
 * the wrong shape (unknown field, object where a string belongs) is 422 naming the field.
 */
public final class JsonReportReader {

    private final ObjectReader reader = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // The contract's types are strict: "true" is not a boolean, 12345 is not a reference.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build()
            .readerFor(ReportSubmission.class);

    public ReportSubmission read(byte[] body) {
        if (body.length == 0) {
            throw new MalformedRequestException("The request body is empty; expected a JSON report.");
        }
        try {
            ReportSubmission submission = reader.readValue(body);
            if (submission == null) {
                throw new MalformedRequestException("The request body is JSON null; expected a JSON object.");
            }
            return submission;
        } catch (JsonMappingException e) {
            throw new InvalidReportException(List.of(new FieldError(pointer(e), shapeMessage(e))));
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("The body is not well-formed JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new MalformedRequestException("The body could not be read as JSON.", e);
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String shapeMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of the report format (see docs/api)";
        }
        return "has the wrong JSON type for this field";
    }
}
