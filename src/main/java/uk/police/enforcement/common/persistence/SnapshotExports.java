package uk.police.enforcement.common.persistence;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.hibernate.SessionFactory;
/**
 * Opens the request's export snapshots, and closes any still open when the request ends: an export whose
 * answer was never streamed (its audit entry could not be committed, the client went away) keeps no
 * connection.
 */
@RequestScoped
public class SnapshotExports {

    private final DataSource dataSource;
    private final SessionFactory sessionFactory;
    private final List<SnapshotExport> opened = new ArrayList<>();

    public SnapshotExports(DataSource dataSource, SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    public SnapshotExport open() {
        SnapshotExport export = SnapshotExport.open(dataSource, sessionFactory);
        opened.add(export);
        return export;
    }

    @PreDestroy
    void closeAll() {
        opened.forEach(SnapshotExport::close);
    }
}
