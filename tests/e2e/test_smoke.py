from tests.e2e.conftest import BotProcess


def test_start_gets_the_welcome(bot: BotProcess, new_user) -> None:
    user = new_user()
    user.send("/start")
    welcome = user.expect("Meedenker")
    assert "computer" in welcome.plain
