package uk.police.enforcement.common.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import uk.police.enforcement.common.persistence.SnapshotExport;
import uk.police.enforcement.common.persistence.SnapshotExports;
/**
 * A bulk export's body, streamed row by row from its snapshot: CSV (the contract model's properties as
 * columns, the record's own security marking first, lists joined with ';', cells made safe by {@link Csv})
 * or NDJSON (each record exactly as its GET answers it, one per line).
 */
public enum RecordExportFormat {

    CSV(Csv.MEDIA_TYPE + ";charset=UTF-8"),
    NDJSON("application/x-ndjson");

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final String mediaType;

    RecordExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * A 200 answer streaming every entity of {@code selection} (an HQL {@code from ... where ...}) in
     * {@code order}, as {@code toApi} represents it, from one snapshot: the rows are counted in it first, the
     * count goes to {@code counted} (the audit entry states it; it may refuse the export by throwing) and out
     * as {@code X-Row-Count}, with the change feed position the snapshot is consistent with as {@code Feed-Position}
     * (how a follower of the feed resynchronises). The stream
     * closes the snapshot when it ends.
     */
    public <E, T> Response export(SnapshotExports exports, String selection, String order,
            Map<String, Object> parameters, Class<E> entityType, Class<T> apiType, Function<E, T> toApi,
            LongConsumer counted, ObjectMapper mapper) {
        SnapshotExport export = exports.open();
        long rows;
        String feedPosition;
        try {
            rows = export.count("select count(*) " + selection, parameters);
            counted.accept(rows); // may refuse the export (too many rows): then nothing streams
            feedPosition = export.feedPosition();
        } catch (RuntimeException refused) {
            export.close();
            throw refused;
        }
        String hql = selection + " order by " + order;
        List<String> columns = this == CSV ? columns(apiType, mapper) : List.of();
        StreamingOutput body = output -> {
            try (export; Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
                if (this == CSV) {
                    out.write(Csv.line(columns));
                }
                export.forEach(hql, parameters, entityType, entity -> write(out, toApi.apply(entity), columns, mapper));
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the client went away
            }
        };
        return Response.ok(body, mediaType).header("X-Row-Count", rows).header("Feed-Position", feedPosition).build();
    }

    private void write(Writer out, Object record, List<String> columns, ObjectMapper mapper) {
        try {
            if (this == NDJSON) {
                out.write(mapper.writeValueAsString(record));
                out.write('\n');
                return;
            }
            Map<String, Object> fields = mapper.convertValue(record, FIELDS);
            List<Object> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                Object value = fields.get(column);
                cells.add(value instanceof Collection<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(";")) : value);
            }
            out.write(Csv.line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model's JSON properties in their declared order, the security marking first. */
    private static List<String> columns(Class<?> apiType, ObjectMapper mapper) {
        BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(apiType));
        List<String> columns = new ArrayList<>();
        columns.add(Csv.MARKING_COLUMN);
        description.findProperties().stream().map(BeanPropertyDefinition::getName)
                .filter(name -> !name.equals(Csv.MARKING_COLUMN)).forEach(columns::add);
        return columns;
    }
}
