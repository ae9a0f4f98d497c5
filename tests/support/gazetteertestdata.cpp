#include "gazetteertestdata.h"

#include <QFile>
#include <QRegularExpression>
#include <random>

namespace pela::test {

QList<core::Place> ambonSeedPlaces()
{
    QFile seed(QStringLiteral(":/pela/sql/seed/ambon.sql"));
    if (!seed.open(QIODevice::ReadOnly))
        return {};
    const QString sql = QString::fromUtf8(seed.readAll());
    static const QRegularExpression row(
        QStringLiteral(R"(\('(kecamatan|kelurahan|desa)', '([^']*)', '([^']*)', '([^']*)', )"
                       R"((-?[0-9.]+), (-?[0-9.]+)\))"));
    QList<core::Place> places;
    for (auto it = row.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        core::Place place;
        place.id = places.size() + 1;
        place.kind = *core::placeKindFromText(match.captured(1));
        place.code = match.captured(2);
        place.name = match.captured(3);
        place.parentCode = match.captured(4);
        place.location = QGeoCoordinate(match.captured(5).toDouble(), match.captured(6).toDouble());
        places.append(place);
    }
    return places;
}

QList<core::Place> generatedPlaces(int count, const QList<core::Place> &parents, unsigned seed)
{
    std::mt19937 random(seed);
    auto pick = [&random](const auto &list) -> decltype(auto) {
        return list[std::uniform_int_distribution<int>(0, int(list.size()) - 1)(random)];
    };
    auto chance = [&random](double p) { return std::bernoulli_distribution(p)(random); };

    static const QStringList syllables = {
        QStringLiteral("wai"), QStringLiteral("ha"),  QStringLiteral("tu"),  QStringLiteral("la"),
        QStringLiteral("ma"),  QStringLiteral("ru"),  QStringLiteral("ti"),  QStringLiteral("hu"),
        QStringLiteral("ri"),  QStringLiteral("na"),  QStringLiteral("le"),  QStringLiteral("so"),
        QStringLiteral("ke"),  QStringLiteral("pa"),  QStringLiteral("to"),  QStringLiteral("me"),
        QStringLiteral("lo"),  QStringLiteral("ku"),  QStringLiteral("ne"),  QStringLiteral("sa"),
        QStringLiteral("hi"),  QStringLiteral("ong"), QStringLiteral("ang"), QStringLiteral("e"),
        QStringLiteral("a"),   QStringLiteral("ut"),  QStringLiteral("ri"),  QStringLiteral("ka"),
        QStringLiteral("lat"), QStringLiteral("se"),  QStringLiteral("ba"),  QStringLiteral("ni")};
    static const QStringList villageSuffixes = {
        QStringLiteral("Besar"), QStringLiteral("Kecil"), QStringLiteral("Atas"),
        QStringLiteral("Bawah"), QStringLiteral("Baru"),  QStringLiteral("Lama"),
        QStringLiteral("Dalam"), QStringLiteral("Luar"),  QStringLiteral("Pantai")};
    static const QStringList landmarkKinds = {
        QStringLiteral("Masjid"),       QStringLiteral("Gereja"),
        QStringLiteral("SD Negeri"),    QStringLiteral("SMP Negeri"),
        QStringLiteral("SMA Negeri"),   QStringLiteral("Puskesmas"),
        QStringLiteral("Pasar"),        QStringLiteral("Toko"),
        QStringLiteral("Hotel"),        QStringLiteral("Rumah Makan"),
        QStringLiteral("Kantor Lurah"), QStringLiteral("Kantor Desa"),
        QStringLiteral("Lapangan"),     QStringLiteral("Pelabuhan"),
        QStringLiteral("Terminal"),     QStringLiteral("Apotek"),
        QStringLiteral("Klinik"),       QStringLiteral("Bank"),
        QStringLiteral("Pos Polisi"),   QStringLiteral("Kompleks"),
        QStringLiteral("Perumahan"),    QStringLiteral("Pantai"),
        QStringLiteral("Tanjung"),      QStringLiteral("Bukit"),
        QStringLiteral("SPBU"),         QStringLiteral("Jembatan"),
        QStringLiteral("Kampus"),       QStringLiteral("Asrama"),
        QStringLiteral("Panti Asuhan"), QStringLiteral("Balai Desa")};
    static const QStringList religiousNames = {
        QStringLiteral("Al-Ikhlas"), QStringLiteral("Nurul Huda"),
        QStringLiteral("Al-Fatah"),  QStringLiteral("Bethel"),
        QStringLiteral("Maranatha"), QStringLiteral("Silo"),
        QStringLiteral("Imanuel"),   QStringLiteral("Santo Yosef"),
        QStringLiteral("Sion"),      QStringLiteral("Baiturrahman"),
        QStringLiteral("Pniel"),     QStringLiteral("Eben Haezer")};
    static const QStringList streetHeads = {QStringLiteral("Jalan"), QStringLiteral("Jalan"),
                                            QStringLiteral("Jalan"), QStringLiteral("Lorong"),
                                            QStringLiteral("Gang"),  QStringLiteral("Jl.")};
    static const QStringList streetNames = {QStringLiteral("Pattimura"),
                                            QStringLiteral("Sultan Hasanudin"),
                                            QStringLiteral("Dr. Kayadoe"),
                                            QStringLiteral("A.Y. Patty"),
                                            QStringLiteral("Diponegoro"),
                                            QStringLiteral("Sisingamangaraja"),
                                            QStringLiteral("Kapitan Ulupaha"),
                                            QStringLiteral("Martha Alfons"),
                                            QStringLiteral("Said Perintah"),
                                            QStringLiteral("Jenderal Sudirman"),
                                            QStringLiteral("Christina Martha Tiahahu"),
                                            QStringLiteral("Dr. Siwabessy"),
                                            QStringLiteral("Wolter Monginsidi"),
                                            QStringLiteral("Laksdya Leo Wattimena"),
                                            QStringLiteral("Ir. M. Putuhena"),
                                            QStringLiteral("Rijali"),
                                            QStringLiteral("Sam Ratulangi"),
                                            QStringLiteral("Anthony Rhebok"),
                                            QStringLiteral("Baru"),
                                            QStringLiteral("Mangga Dua")};

    auto village = [&] {
        QString name;
        const int parts = std::uniform_int_distribution<int>(2, 4)(random);
        for (int i = 0; i < parts; ++i)
            name += pick(syllables);
        name[0] = name[0].toUpper();
        if (chance(0.2))
            name += QLatin1Char(' ') + pick(villageSuffixes);
        return name;
    };

    QList<core::Place> administrative;
    for (const core::Place &place : parents)
        if (place.kind != core::PlaceKind::Kecamatan)
            administrative << place;
    QList<core::Place> kecamatan;
    for (const core::Place &place : parents)
        if (place.kind == core::PlaceKind::Kecamatan)
            kecamatan << place;

    std::uniform_real_distribution<double> lat(-3.79, -3.58), lon(128.07, 128.30);
    QList<core::Place> places;
    places.reserve(count);
    for (int i = 0; i < count; ++i) {
        core::Place place;
        place.id = 100'000 + i;
        place.location = QGeoCoordinate(lat(random), lon(random));
        const double roll = std::uniform_real_distribution<double>(0, 1)(random);
        if (roll < 0.2 && !kecamatan.isEmpty()) {
            place.kind = core::PlaceKind::Desa;
            place.code = QStringLiteral("99.%1").arg(i, 5, 10, QLatin1Char('0'));
            place.parentCode = pick(kecamatan).code;
            place.name = village();
        } else if (roll < 0.75) {
            place.kind = core::PlaceKind::Landmark;
            const QString kind = pick(landmarkKinds);
            const core::Place &parent = pick(administrative);
            place.parentCode = parent.code;
            if (kind.endsWith(QLatin1String("Negeri")))
                place.name = QStringLiteral("%1 %2 %3")
                                 .arg(kind)
                                 .arg(std::uniform_int_distribution<int>(1, 80)(random))
                                 .arg(parent.name);
            else if (kind == QLatin1String("Masjid") || kind == QLatin1String("Gereja"))
                place.name =
                    QStringLiteral("%1 %2 %3")
                        .arg(kind, pick(religiousNames), chance(0.5) ? parent.name : village());
            else
                place.name =
                    QStringLiteral("%1 %2").arg(kind, chance(0.5) ? parent.name : village());
            if (chance(0.1))
                place.aliases << village();
        } else {
            place.kind = core::PlaceKind::Street;
            place.parentCode = pick(administrative).code;
            place.name = QStringLiteral("%1 %2").arg(pick(streetHeads),
                                                     chance(0.6) ? pick(streetNames) : village());
        }
        places.append(place);
    }
    return places;
}

} // namespace pela::test
