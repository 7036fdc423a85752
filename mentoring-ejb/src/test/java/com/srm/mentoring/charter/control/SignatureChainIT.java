package com.srm.mentoring.charter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.charter.entity.ChainCheck;
import com.srm.mentoring.charter.entity.CharterVersion;
import com.srm.mentoring.charter.entity.Signer;
import com.srm.mentoring.platform.control.SchemaMigration;
import com.srm.mentoring.platform.entity.HashChain;
import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charter's storage on real PostgreSQL: the shipped version, final texts, the chain. */
class SignatureChainIT {

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  static String freshDatabase() {
    String name = "c" + UUID.randomUUID().toString().substring(0, 8);
    postgres.migratedDatabase(name);
    return name;
  }

  static Signer signer(String who) {
    return new Signer("sub-" + who, who, "Person " + who, Instant.now(), "127.0.0.1", "test");
  }

  /** The controls as the container would inject them, on this entity manager. */
  static CharterStanding standing(EntityManager em) {
    CharterStanding standing = new CharterStanding();
    standing.em = em;
    return standing;
  }

  static SignatureChain chain(EntityManager em) {
    SignatureChain chain = new SignatureChain();
    chain.em = em;
    chain.standing = standing(em);
    return chain;
  }

  static <T> T inTransaction(
      EntityManagerFactory emf, java.util.function.Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      em.close();
    }
  }

  @Test
  void theShippedCharterIsVersionOnePublishedWithTheHashOfItsText() {
    EntityManagerFactory emf =
        OutsideContainer.persistenceUnit(postgres.applicationDataSource(freshDatabase()));
    try {
      CharterVersion current = inTransaction(emf, em -> standing(em).current());
      assertEquals(1, current.getVersion());
      assertTrue(current.isPublished());
      assertTrue(current.isIntact(), "the migration's hash is the canonical text's");
      assertFalse(current.canonicalText().contains("\\n"), "line ends are real line ends");
      assertTrue(current.getConfidentiality().contains("anonymous"));
    } finally {
      emf.close();
    }
  }

  @Test
  void aPublishedVersionAndTheSignaturesCannotBeChangedByTheApplication() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(db);
    try {
      inTransaction(
          emf, em -> chain(em).sign(standing(em).current(), signer("jun"), Instant.now()));
    } finally {
      emf.close();
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String change :
          new String[] {
            "UPDATE charter_version SET ground_rules = 'none' WHERE version = 1",
            "DELETE FROM charter_version WHERE version = 1",
            "UPDATE charter_signature SET display_name = 'someone else'",
            "DELETE FROM charter_signature"
          }) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
        assertEquals("42501", refused.getSQLState(), change + ": " + refused.getMessage());
      }
    }
  }

  @Test
  void signingTwiceAtOnceGivesOneSignature() throws Exception {
    DataSource db = postgres.applicationDataSource(freshDatabase());
    EntityManagerFactory first = OutsideContainer.persistenceUnit(db);
    EntityManagerFactory second = OutsideContainer.persistenceUnit(db);
    ExecutorService racers = Executors.newFixedThreadPool(8);
    try {
      List<Future<SignatureChain.Signed>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        EntityManagerFactory instance = i % 2 == 0 ? first : second;
        Callable<SignatureChain.Signed> sign =
            () ->
                inTransaction(
                    instance,
                    em -> chain(em).sign(standing(em).current(), signer("sam"), Instant.now()));
        answers.add(racers.submit(sign));
      }
      long created = 0;
      for (Future<SignatureChain.Signed> answer : answers) {
        SignatureChain.Signed signed = answer.get();
        assertEquals(1L, signed.signature().getSequence(), "everyone gets the same signature");
        created += signed.isNew() ? 1 : 0;
      }
      assertEquals(1, created);
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM charter_signature")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
    } finally {
      racers.shutdownNow();
      first.close();
      second.close();
    }
  }

  @Test
  void signaturesHashedWithTheFirstEncodingKeepCheckingBesideNewOnes() throws Exception {
    String db = "c" + UUID.randomUUID().toString().substring(0, 8);
    DataSource application = postgres.ensureApplicationDatabase(db);
    // the schema before signatures recorded their encoding, and a signature as written then
    SchemaMigration.flyway(PostgresServer.USER)
        .dataSource(postgres.ownerDataSource(db))
        .target("6")
        .load()
        .migrate();
    Instant signedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = postgres.superuserDataSource(db).getConnection()) {
      byte[] textHash;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT text_hash FROM charter_version WHERE version = 1")) {
        rs.next();
        textHash = rs.getBytes(1);
      }
      byte[] hash =
          HashChain.link(
              HashChain.GENESIS,
              HashChain.canonical(
                  HashChain.JOINED,
                  "1",
                  "1",
                  HexFormat.of().formatHex(textHash),
                  "sub-old",
                  null,
                  "Old Signer",
                  null,
                  HashChain.micros(signedAt),
                  null,
                  "old browser"));
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO charter_signature (sequence, version, text_hash, subject, username,"
                  + " display_name, authenticated_at, signed_at, client_ip, user_agent, prev_hash,"
                  + " hash) VALUES (1, 1, ?, 'sub-old', NULL, 'Old Signer', NULL, ?, NULL,"
                  + " 'old browser', ?, ?)")) {
        insert.setBytes(1, textHash);
        insert.setObject(2, signedAt.atOffset(ZoneOffset.UTC));
        insert.setBytes(3, HashChain.GENESIS);
        insert.setBytes(4, hash);
        insert.execute();
      }
    }
    SchemaMigration.migrate(postgres.ownerDataSource(db), PostgresServer.USER);
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(application);
    try {
      for (String who : new String[] {"ada", "ben"}) {
        inTransaction(
            emf, em -> chain(em).sign(standing(em).current(), signer(who), Instant.now()));
      }
      assertEquals(ChainCheck.whole(3), inTransaction(emf, em -> chain(em).check(3)));
      try (Connection c = application.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT string_agg(hash_encoding::text, '' ORDER BY sequence)"
                      + " FROM charter_signature")) {
        rs.next();
        assertEquals("122", rs.getString(1));
      }
    } finally {
      emf.close();
    }
  }

  @Test
  void anAlteredSignatureIsFoundByTheChainCheck() throws Exception {
    String db = freshDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      for (String who : new String[] {"ada", "ben", "cy", "dee"}) {
        inTransaction(
            emf, em -> chain(em).sign(standing(em).current(), signer(who), Instant.now()));
      }
      assertEquals(ChainCheck.whole(4), inTransaction(emf, em -> chain(em).check(4)));
      try (Connection c = postgres.superuserDataSource(db).getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
        s.execute("UPDATE charter_signature SET display_name = 'Someone Else' WHERE sequence = 2");
      }
      ChainCheck afterChange = inTransaction(emf, em -> chain(em).check(4));
      assertFalse(afterChange.ok());
      assertEquals(2L, afterChange.firstBadSequence());
      // a signature before the change still checks out on its own
      assertTrue(inTransaction(emf, em -> chain(em).check(1)).ok());
    } finally {
      emf.close();
    }
  }

  @Test
  void aRemovedSignatureIsFoundByTheChainCheck() throws Exception {
    String db = freshDatabase();
    EntityManagerFactory emf = OutsideContainer.persistenceUnit(postgres.applicationDataSource(db));
    try {
      for (String who : new String[] {"ada", "ben", "cy"}) {
        inTransaction(
            emf, em -> chain(em).sign(standing(em).current(), signer(who), Instant.now()));
      }
      try (Connection c = postgres.superuserDataSource(db).getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
        s.execute("DELETE FROM charter_signature WHERE sequence = 2");
      }
      ChainCheck check = inTransaction(emf, em -> chain(em).check(1));
      assertFalse(check.ok(), "the next signature no longer links to the first");
      assertEquals(2L, check.firstBadSequence());
    } finally {
      emf.close();
    }
  }
}
