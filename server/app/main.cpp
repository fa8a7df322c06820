#include "app/commands.h"

#include "store/secret_memory.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The CA key and the store key pass through this process's memory.
    doorstep::store::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doorstep-server"));
    return doorstep::server::app::runCommand(QCoreApplication::arguments().mid(1));
}
