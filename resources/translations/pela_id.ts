<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>pela-console</name>
    <message>
        <source>Pela 112 operator console.</source>
        <translation>Konsol operator Pela 112.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>PostgreSQL server to use (conninfo or URI). Default: PELA_DATABASE_URL, the settings file, or the embedded local database.</source>
        <translation>Server PostgreSQL yang dipakai (conninfo atau URI). Bawaan: PELA_DATABASE_URL, berkas pengaturan, atau basis data lokal tertanam.</translation>
    </message>
    <message>
        <source>Language of the console: id (Indonesian) or en (English). Default: PELA_LANGUAGE, the last choice, or the system language.</source>
        <translation>Bahasa konsol: id (Indonesia) atau en (Inggris). Bawaan: PELA_LANGUAGE, pilihan terakhir, atau bahasa sistem.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window after start-up to FILE, then exit.</source>
        <translation>Simpan gambar PNG jendela ke BERKAS setelah konsol siap, lalu keluar.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini, lalu keluar.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumen tidak dikenal: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>tangkapan layar tidak dapat ditulis ke %1</translation>
    </message>
    <message>
        <source>the Indonesian translation cannot be loaded; using English</source>
        <translation>terjemahan bahasa Indonesia tidak dapat dimuat; memakai bahasa Inggris</translation>
    </message>
    <message>
        <source>--language must be id or en, not &quot;%1&quot;</source>
        <translation>--language harus id atau en, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pela::core::DbError</name>
    <message>
        <source>The database server answered, but the Pela database does not exist on it.</source>
        <translation>Server basis data menjawab, tetapi basis data Pela tidak ada di server itu.</translation>
    </message>
    <message>
        <source>The database server refused the login (wrong user name or password, or this workstation is not allowed).</source>
        <translation>Server basis data menolak login (nama pengguna atau kata sandi salah, atau komputer ini tidak diizinkan).</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it is not running, or the address is wrong, or the network is down).</source>
        <translation>Server basis data tidak dapat dihubungi (server tidak berjalan, alamatnya salah, atau jaringan terputus).</translation>
    </message>
    <message>
        <source>Not connected to the database.</source>
        <translation>Tidak terhubung ke basis data.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Sambungan ke basis data terputus.</translation>
    </message>
</context>
<context>
    <name>pela::core::EmbeddedServer</name>
    <message>
        <source>The local database server could not be started (%1 failed).</source>
        <translation>Server basis data lokal tidak dapat dijalankan (%1 gagal).</translation>
    </message>
    <message>
        <source>%1 not found; is PostgreSQL installed?</source>
        <translation>%1 tidak ditemukan; apakah PostgreSQL sudah terpasang?</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the local database.</source>
        <translation>Folder %1 untuk basis data lokal tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this computer, so the local database cannot be created.</source>
        <translation>PostgreSQL belum terpasang di komputer ini, sehingga basis data lokal tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>install the Debian package &apos;postgresql&apos;</source>
        <translation>pasang paket Debian &apos;postgresql&apos;</translation>
    </message>
    <message>
        <source>The local database settings cannot be written.</source>
        <translation>Pengaturan basis data lokal tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Another program is still starting the local database; try again.</source>
        <translation>Program lain masih menyalakan basis data lokal; coba lagi.</translation>
    </message>
</context>
<context>
    <name>pela::core::Migrator</name>
    <message>
        <source>The database was prepared by a newer version of Pela (schema %1; this program knows %2). Update this workstation&apos;s Pela.</source>
        <translation>Basis data ini disiapkan oleh versi Pela yang lebih baru (skema %1; program ini hanya mengenal %2). Perbarui Pela di komputer ini.</translation>
    </message>
    <message>
        <source>The database is not prepared for this version of Pela (schema %1, needs %2). An administrator runs &apos;pela-admin migrate&apos;.</source>
        <translation>Basis data belum disiapkan untuk versi Pela ini (skema %1, perlu %2). Administrator perlu menjalankan &apos;pela-admin migrate&apos;.</translation>
    </message>
    <message>
        <source>Waiting for another migration failed</source>
        <translation>Gagal menunggu migrasi lain selesai</translation>
    </message>
    <message>
        <source>Creating the migration table failed</source>
        <translation>Gagal membuat tabel migrasi</translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation>Migrasi %1 gagal</translation>
    </message>
    <message>
        <source>Recording migration %1 failed</source>
        <translation>Gagal mencatat migrasi %1</translation>
    </message>
    <message>
        <source>Loading Ambon&apos;s reference data failed</source>
        <translation>Gagal memuat data referensi Ambon</translation>
    </message>
    <message>
        <source>Saving the migration failed</source>
        <translation>Gagal menyimpan migrasi</translation>
    </message>
</context>
<context>
    <name>pela::ui::ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Try to connect to the database again (F5)</source>
        <translation>Coba sambungkan lagi ke basis data (F5)</translation>
    </message>
    <message>
        <source>NOT CONNECTED TO THE DATABASE: cases cannot be saved or shared</source>
        <translation>TIDAK TERHUBUNG KE BASIS DATA: kasus tidak dapat disimpan atau dibagikan</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Menghubungkan ke basis data…</translation>
    </message>
    <message>
        <source>The first start prepares the local database; this can take up to a minute.</source>
        <translation>Saat pertama kali dijalankan, basis data lokal disiapkan dulu; ini bisa makan waktu hingga satu menit.</translation>
    </message>
    <message>
        <source>Please wait.</source>
        <translation>Mohon tunggu.</translation>
    </message>
</context>
<context>
    <name>pela::ui::MainWindow</name>
    <message>
        <source>Pela 112 — Operator console</source>
        <translation>Pela 112 — Konsol operator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Basis &amp;Data</translation>
    </message>
    <message>
        <source>&amp;Retry connection</source>
        <translation>&amp;Sambungkan ulang</translation>
    </message>
    <message>
        <source>&amp;Language / Bahasa</source>
        <translation>B&amp;ahasa / Language</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Call intake</source>
        <translation>Penerimaan panggilan</translation>
    </message>
    <message>
        <source>Placeholder: the call-intake form (caller, location, category, triage questions) will be here.</source>
        <translation>Tempat sementara: formulir penerimaan panggilan (penelepon, lokasi, kategori, pertanyaan triase) akan ada di sini.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Placeholder: the map of Ambon with cases, ambulances and hospitals will be here.</source>
        <translation>Tempat sementara: peta Ambon dengan kasus, ambulans, dan rumah sakit akan ada di sini.</translation>
    </message>
    <message>
        <source>Case board</source>
        <translation>Papan kasus</translation>
    </message>
    <message>
        <source>Placeholder: the board of open cases with their timers and escalations will be here.</source>
        <translation>Tempat sementara: papan kasus terbuka beserta penghitung waktu dan eskalasinya akan ada di sini.</translation>
    </message>
    <message>
        <source>embedded (local) database</source>
        <translation>basis data tertanam (lokal)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Terhubung ke %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Tidak terhubung: %1</translation>
    </message>
    <message>
        <source>%1 WIT</source>
        <translation>%1 WIT</translation>
    </message>
</context>
</TS>
